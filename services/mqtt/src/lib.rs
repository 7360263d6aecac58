//! mqtt of Tencent Cloud API 3.0, typed; use it as `tc3::mqtt` (feature `mqtt`).
//!
//! Versions: 2024-05-16 (80 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-05-16.
pub mod v20240516 {
    include!(concat!(env!("OUT_DIR"), "/v20240516.rs"));
}

/// The newest version, 2024-05-16.
pub use v20240516::*;
