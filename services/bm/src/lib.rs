//! bm of Tencent Cloud API 3.0, typed; use it as `tc3::bm` (feature `bm`).
//!
//! Versions: 2018-04-23 (53 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-23.
pub mod v20180423 {
    include!(concat!(env!("OUT_DIR"), "/v20180423.rs"));
}

/// The newest version, 2018-04-23.
pub use v20180423::*;
