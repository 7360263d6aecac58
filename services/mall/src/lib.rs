//! mall of Tencent Cloud API 3.0, typed; use it as `tc3::mall` (feature `mall`).
//!
//! Versions: 2023-05-18 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-05-18.
pub mod v20230518 {
    include!(concat!(env!("OUT_DIR"), "/v20230518.rs"));
}

/// The newest version, 2023-05-18.
pub use v20230518::*;
