//! ga2 of Tencent Cloud API 3.0, typed; use it as `tc3::ga2` (feature `ga2`).
//!
//! Versions: 2025-01-15 (44 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-01-15.
pub mod v20250115 {
    include!(concat!(env!("OUT_DIR"), "/v20250115.rs"));
}

/// The newest version, 2025-01-15.
pub use v20250115::*;
