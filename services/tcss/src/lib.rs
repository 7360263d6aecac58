//! tcss of Tencent Cloud API 3.0, typed; use it as `tc3::tcss` (feature `tcss`).
//!
//! Versions: 2020-11-01 (357 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-11-01.
pub mod v20201101 {
    include!(concat!(env!("OUT_DIR"), "/v20201101.rs"));
}

/// The newest version, 2020-11-01.
pub use v20201101::*;
