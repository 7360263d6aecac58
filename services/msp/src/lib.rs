//! msp of Tencent Cloud API 3.0, typed; use it as `tc3::msp` (feature `msp`).
//!
//! Versions: 2018-03-19 (7 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-19.
pub mod v20180319 {
    include!(concat!(env!("OUT_DIR"), "/v20180319.rs"));
}

/// The newest version, 2018-03-19.
pub use v20180319::*;
