//! fmu of Tencent Cloud API 3.0, typed; use it as `tc3::fmu` (feature `fmu`).
//!
//! Versions: 2019-12-13 (7 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-12-13.
pub mod v20191213 {
    include!(concat!(env!("OUT_DIR"), "/v20191213.rs"));
}

/// The newest version, 2019-12-13.
pub use v20191213::*;
