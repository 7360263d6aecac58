//! bpaas of Tencent Cloud API 3.0, typed; use it as `tc3::bpaas` (feature `bpaas`).
//!
//! Versions: 2018-12-17 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-12-17.
pub mod v20181217 {
    include!(concat!(env!("OUT_DIR"), "/v20181217.rs"));
}

/// The newest version, 2018-12-17.
pub use v20181217::*;
