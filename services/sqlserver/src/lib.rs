//! sqlserver of Tencent Cloud API 3.0, typed; use it as `tc3::sqlserver` (feature `sqlserver`).
//!
//! Versions: 2018-03-28 (156 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-28.
pub mod v20180328 {
    include!(concat!(env!("OUT_DIR"), "/v20180328.rs"));
}

/// The newest version, 2018-03-28.
pub use v20180328::*;
