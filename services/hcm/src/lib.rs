//! hcm of Tencent Cloud API 3.0, typed; use it as `tc3::hcm` (feature `hcm`).
//!
//! Versions: 2018-11-06 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-11-06.
pub mod v20181106 {
    include!(concat!(env!("OUT_DIR"), "/v20181106.rs"));
}

/// The newest version, 2018-11-06.
pub use v20181106::*;
