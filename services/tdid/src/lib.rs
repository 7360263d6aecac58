//! tdid of Tencent Cloud API 3.0, typed; use it as `tc3::tdid` (feature `tdid`).
//!
//! Versions: 2021-05-19 (66 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-05-19.
pub mod v20210519 {
    include!(concat!(env!("OUT_DIR"), "/v20210519.rs"));
}

/// The newest version, 2021-05-19.
pub use v20210519::*;
