//! gwlb of Tencent Cloud API 3.0, typed; use it as `tc3::gwlb` (feature `gwlb`).
//!
//! Versions: 2024-09-06 (19 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-09-06.
pub mod v20240906 {
    include!(concat!(env!("OUT_DIR"), "/v20240906.rs"));
}

/// The newest version, 2024-09-06.
pub use v20240906::*;
