//! ecc of Tencent Cloud API 3.0, typed; use it as `tc3::ecc` (feature `ecc`).
//!
//! Versions: 2018-12-13 (4 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-12-13.
pub mod v20181213 {
    include!(concat!(env!("OUT_DIR"), "/v20181213.rs"));
}

/// The newest version, 2018-12-13.
pub use v20181213::*;
