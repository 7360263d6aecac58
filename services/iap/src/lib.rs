//! iap of Tencent Cloud API 3.0, typed; use it as `tc3::iap` (feature `iap`).
//!
//! Versions: 2024-07-13 (6 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-07-13.
pub mod v20240713 {
    include!(concat!(env!("OUT_DIR"), "/v20240713.rs"));
}

/// The newest version, 2024-07-13.
pub use v20240713::*;
