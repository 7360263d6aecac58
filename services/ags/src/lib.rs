//! ags of Tencent Cloud API 3.0, typed; use it as `tc3::ags` (feature `ags`).
//!
//! Versions: 2025-09-20 (60 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-09-20.
pub mod v20250920 {
    include!(concat!(env!("OUT_DIR"), "/v20250920.rs"));
}

/// The newest version, 2025-09-20.
pub use v20250920::*;
