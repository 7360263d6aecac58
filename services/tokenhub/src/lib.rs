//! tokenhub of Tencent Cloud API 3.0, typed; use it as `tc3::tokenhub` (feature `tokenhub`).
//!
//! Versions: 2026-03-22 (34 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2026-03-22.
pub mod v20260322 {
    include!(concat!(env!("OUT_DIR"), "/v20260322.rs"));
}

/// The newest version, 2026-03-22.
pub use v20260322::*;
