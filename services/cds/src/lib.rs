//! cds of Tencent Cloud API 3.0, typed; use it as `tc3::cds` (feature `cds`).
//!
//! Versions: 2018-04-20 (10 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-20.
pub mod v20180420 {
    include!(concat!(env!("OUT_DIR"), "/v20180420.rs"));
}

/// The newest version, 2018-04-20.
pub use v20180420::*;
