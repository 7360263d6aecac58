//! bmvpc of Tencent Cloud API 3.0, typed; use it as `tc3::bmvpc` (feature `bmvpc`).
//!
//! Versions: 2018-06-25 (61 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-06-25.
pub mod v20180625 {
    include!(concat!(env!("OUT_DIR"), "/v20180625.rs"));
}

/// The newest version, 2018-06-25.
pub use v20180625::*;
