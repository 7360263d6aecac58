//! ft of Tencent Cloud API 3.0, typed; use it as `tc3::ft` (feature `ft`).
//!
//! Versions: 2020-03-04 (6 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-03-04.
pub mod v20200304 {
    include!(concat!(env!("OUT_DIR"), "/v20200304.rs"));
}

/// The newest version, 2020-03-04.
pub use v20200304::*;
