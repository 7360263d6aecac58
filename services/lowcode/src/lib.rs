//! lowcode of Tencent Cloud API 3.0, typed; use it as `tc3::lowcode` (feature `lowcode`).
//!
//! Versions: 2021-01-08 (17 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-01-08.
pub mod v20210108 {
    include!(concat!(env!("OUT_DIR"), "/v20210108.rs"));
}

/// The newest version, 2021-01-08.
pub use v20210108::*;
