//! vrs of Tencent Cloud API 3.0, typed; use it as `tc3::vrs` (feature `vrs`).
//!
//! Versions: 2020-08-24 (8 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-08-24.
pub mod v20200824 {
    include!(concat!(env!("OUT_DIR"), "/v20200824.rs"));
}

/// The newest version, 2020-08-24.
pub use v20200824::*;
