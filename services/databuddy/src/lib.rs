//! databuddy of Tencent Cloud API 3.0, typed; use it as `tc3::databuddy` (feature `databuddy`).
//!
//! Versions: 2026-07-15 (95 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2026-07-15.
pub mod v20260715 {
    include!(concat!(env!("OUT_DIR"), "/v20260715.rs"));
}

/// The newest version, 2026-07-15.
pub use v20260715::*;
