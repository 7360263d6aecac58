//! partners of Tencent Cloud API 3.0, typed; use it as `tc3::partners` (feature `partners`).
//!
//! Versions: 2018-03-21 (23 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-21.
pub mod v20180321 {
    include!(concat!(env!("OUT_DIR"), "/v20180321.rs"));
}

/// The newest version, 2018-03-21.
pub use v20180321::*;
