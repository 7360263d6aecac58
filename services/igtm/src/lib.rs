//! igtm of Tencent Cloud API 3.0, typed; use it as `tc3::igtm` (feature `igtm`).
//!
//! Versions: 2023-10-24 (28 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-10-24.
pub mod v20231024 {
    include!(concat!(env!("OUT_DIR"), "/v20231024.rs"));
}

/// The newest version, 2023-10-24.
pub use v20231024::*;
