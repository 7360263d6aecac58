//! cloudrc of Tencent Cloud API 3.0, typed; use it as `tc3::cloudrc` (feature `cloudrc`).
//!
//! Versions: 2024-06-06 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-06-06.
pub mod v20240606 {
    include!(concat!(env!("OUT_DIR"), "/v20240606.rs"));
}

/// The newest version, 2024-06-06.
pub use v20240606::*;
