//! bi of Tencent Cloud API 3.0, typed; use it as `tc3::bi` (feature `bi`).
//!
//! Versions: 2022-01-05 (55 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-01-05.
pub mod v20220105 {
    include!(concat!(env!("OUT_DIR"), "/v20220105.rs"));
}

/// The newest version, 2022-01-05.
pub use v20220105::*;
