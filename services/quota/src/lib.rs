//! quota of Tencent Cloud API 3.0, typed; use it as `tc3::quota` (feature `quota`).
//!
//! Versions: 2024-12-04 (7 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-12-04.
pub mod v20241204 {
    include!(concat!(env!("OUT_DIR"), "/v20241204.rs"));
}

/// The newest version, 2024-12-04.
pub use v20241204::*;
