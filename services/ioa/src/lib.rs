//! ioa of Tencent Cloud API 3.0, typed; use it as `tc3::ioa` (feature `ioa`).
//!
//! Versions: 2022-06-01 (58 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-06-01.
pub mod v20220601 {
    include!(concat!(env!("OUT_DIR"), "/v20220601.rs"));
}

/// The newest version, 2022-06-01.
pub use v20220601::*;
