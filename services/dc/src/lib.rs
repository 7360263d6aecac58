//! dc of Tencent Cloud API 3.0, typed; use it as `tc3::dc` (feature `dc`).
//!
//! Versions: 2018-04-10 (22 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-10.
pub mod v20180410 {
    include!(concat!(env!("OUT_DIR"), "/v20180410.rs"));
}

/// The newest version, 2018-04-10.
pub use v20180410::*;
