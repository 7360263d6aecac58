//! cdwch of Tencent Cloud API 3.0, typed; use it as `tc3::cdwch` (feature `cdwch`).
//!
//! Versions: 2020-09-15 (31 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-09-15.
pub mod v20200915 {
    include!(concat!(env!("OUT_DIR"), "/v20200915.rs"));
}

/// The newest version, 2020-09-15.
pub use v20200915::*;
