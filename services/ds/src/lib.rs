//! ds of Tencent Cloud API 3.0, typed; use it as `tc3::ds` (feature `ds`).
//!
//! Versions: 2018-05-23 (12 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-05-23.
pub mod v20180523 {
    include!(concat!(env!("OUT_DIR"), "/v20180523.rs"));
}

/// The newest version, 2018-05-23.
pub use v20180523::*;
