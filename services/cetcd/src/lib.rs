//! cetcd of Tencent Cloud API 3.0, typed; use it as `tc3::cetcd` (feature `cetcd`).
//!
//! Versions: 2022-03-25 (20 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-03-25.
pub mod v20220325 {
    include!(concat!(env!("OUT_DIR"), "/v20220325.rs"));
}

/// The newest version, 2022-03-25.
pub use v20220325::*;
