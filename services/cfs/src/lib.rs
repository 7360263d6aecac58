//! cfs of Tencent Cloud API 3.0, typed; use it as `tc3::cfs` (feature `cfs`).
//!
//! Versions: 2019-07-19 (64 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-07-19.
pub mod v20190719 {
    include!(concat!(env!("OUT_DIR"), "/v20190719.rs"));
}

/// The newest version, 2019-07-19.
pub use v20190719::*;
