//! adp of Tencent Cloud API 3.0, typed; use it as `tc3::adp` (feature `adp`).
//!
//! Versions: 2026-05-20 (133 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2026-05-20.
pub mod v20260520 {
    include!(concat!(env!("OUT_DIR"), "/v20260520.rs"));
}

/// The newest version, 2026-05-20.
pub use v20260520::*;
