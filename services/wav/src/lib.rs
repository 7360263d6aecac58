//! wav of Tencent Cloud API 3.0, typed; use it as `tc3::wav` (feature `wav`).
//!
//! Versions: 2021-01-29 (26 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-01-29.
pub mod v20210129 {
    include!(concat!(env!("OUT_DIR"), "/v20210129.rs"));
}

/// The newest version, 2021-01-29.
pub use v20210129::*;
