//! tcsas of Tencent Cloud API 3.0, typed; use it as `tc3::tcsas` (feature `tcsas`).
//!
//! Versions: 2025-01-06 (155 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-01-06.
pub mod v20250106 {
    include!(concat!(env!("OUT_DIR"), "/v20250106.rs"));
}

/// The newest version, 2025-01-06.
pub use v20250106::*;
