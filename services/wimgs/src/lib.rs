//! wimgs of Tencent Cloud API 3.0, typed; use it as `tc3::wimgs` (feature `wimgs`).
//!
//! Versions: 2025-11-06 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-11-06.
pub mod v20251106 {
    include!(concat!(env!("OUT_DIR"), "/v20251106.rs"));
}

/// The newest version, 2025-11-06.
pub use v20251106::*;
