//! ai3d of Tencent Cloud API 3.0, typed; use it as `tc3::ai3d` (feature `ai3d`).
//!
//! Versions: 2025-05-13 (19 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-05-13.
pub mod v20250513 {
    include!(concat!(env!("OUT_DIR"), "/v20250513.rs"));
}

/// The newest version, 2025-05-13.
pub use v20250513::*;
