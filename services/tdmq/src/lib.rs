//! tdmq of Tencent Cloud API 3.0, typed; use it as `tc3::tdmq` (feature `tdmq`).
//!
//! Versions: 2020-02-17 (152 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-02-17.
pub mod v20200217 {
    include!(concat!(env!("OUT_DIR"), "/v20200217.rs"));
}

/// The newest version, 2020-02-17.
pub use v20200217::*;
