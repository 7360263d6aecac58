//! ocr of Tencent Cloud API 3.0, typed; use it as `tc3::ocr` (feature `ocr`).
//!
//! Versions: 2018-11-19 (107 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-11-19.
pub mod v20181119 {
    include!(concat!(env!("OUT_DIR"), "/v20181119.rs"));
}

/// The newest version, 2018-11-19.
pub use v20181119::*;
