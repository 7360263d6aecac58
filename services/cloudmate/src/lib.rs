//! cloudmate of Tencent Cloud API 3.0, typed; use it as `tc3::cloudmate` (feature `cloudmate`).
//!
//! Versions: 2025-10-30 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-10-30.
pub mod v20251030 {
    include!(concat!(env!("OUT_DIR"), "/v20251030.rs"));
}

/// The newest version, 2025-10-30.
pub use v20251030::*;
