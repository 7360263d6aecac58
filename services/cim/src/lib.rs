//! cim of Tencent Cloud API 3.0, typed; use it as `tc3::cim` (feature `cim`).
//!
//! Versions: 2019-03-18 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-18.
pub mod v20190318 {
    include!(concat!(env!("OUT_DIR"), "/v20190318.rs"));
}

/// The newest version, 2019-03-18.
pub use v20190318::*;
