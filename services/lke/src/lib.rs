//! lke of Tencent Cloud API 3.0, typed; use it as `tc3::lke` (feature `lke`).
//!
//! Versions: 2023-11-30 (106 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-11-30.
pub mod v20231130 {
    include!(concat!(env!("OUT_DIR"), "/v20231130.rs"));
}

/// The newest version, 2023-11-30.
pub use v20231130::*;
