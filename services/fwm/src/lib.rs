//! fwm of Tencent Cloud API 3.0, typed; use it as `tc3::fwm` (feature `fwm`).
//!
//! Versions: 2025-06-11 (53 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-06-11.
pub mod v20250611 {
    include!(concat!(env!("OUT_DIR"), "/v20250611.rs"));
}

/// The newest version, 2025-06-11.
pub use v20250611::*;
