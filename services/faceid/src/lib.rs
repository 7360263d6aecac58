//! faceid of Tencent Cloud API 3.0, typed; use it as `tc3::faceid` (feature `faceid`).
//!
//! Versions: 2018-03-01 (59 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-01.
pub mod v20180301 {
    include!(concat!(env!("OUT_DIR"), "/v20180301.rs"));
}

/// The newest version, 2018-03-01.
pub use v20180301::*;
