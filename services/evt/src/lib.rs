//! evt of Tencent Cloud API 3.0, typed; use it as `tc3::evt` (feature `evt`).
//!
//! Versions: 2025-02-17 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-02-17.
pub mod v20250217 {
    include!(concat!(env!("OUT_DIR"), "/v20250217.rs"));
}

/// The newest version, 2025-02-17.
pub use v20250217::*;
