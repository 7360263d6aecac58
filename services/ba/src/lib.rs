//! ba of Tencent Cloud API 3.0, typed; use it as `tc3::ba` (feature `ba`).
//!
//! Versions: 2020-07-20 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-20.
pub mod v20200720 {
    include!(concat!(env!("OUT_DIR"), "/v20200720.rs"));
}

/// The newest version, 2020-07-20.
pub use v20200720::*;
