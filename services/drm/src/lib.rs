//! drm of Tencent Cloud API 3.0, typed; use it as `tc3::drm` (feature `drm`).
//!
//! Versions: 2018-11-15 (11 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-11-15.
pub mod v20181115 {
    include!(concat!(env!("OUT_DIR"), "/v20181115.rs"));
}

/// The newest version, 2018-11-15.
pub use v20181115::*;
