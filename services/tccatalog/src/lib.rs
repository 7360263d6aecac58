//! tccatalog of Tencent Cloud API 3.0, typed; use it as `tc3::tccatalog` (feature `tccatalog`).
//!
//! Versions: 2024-10-24 (4 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-10-24.
pub mod v20241024 {
    include!(concat!(env!("OUT_DIR"), "/v20241024.rs"));
}

/// The newest version, 2024-10-24.
pub use v20241024::*;
