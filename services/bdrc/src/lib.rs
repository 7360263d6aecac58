//! bdrc of Tencent Cloud API 3.0, typed; use it as `tc3::bdrc` (feature `bdrc`).
//!
//! Versions: 2026-03-30 (76 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2026-03-30.
pub mod v20260330 {
    include!(concat!(env!("OUT_DIR"), "/v20260330.rs"));
}

/// The newest version, 2026-03-30.
pub use v20260330::*;
