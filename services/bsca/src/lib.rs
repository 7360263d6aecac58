//! bsca of Tencent Cloud API 3.0, typed; use it as `tc3::bsca` (feature `bsca`).
//!
//! Versions: 2021-08-11 (7 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-08-11.
pub mod v20210811 {
    include!(concat!(env!("OUT_DIR"), "/v20210811.rs"));
}

/// The newest version, 2021-08-11.
pub use v20210811::*;
