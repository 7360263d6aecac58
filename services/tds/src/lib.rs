//! tds of Tencent Cloud API 3.0, typed; use it as `tc3::tds` (feature `tds`).
//!
//! Versions: 2022-08-01 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-08-01.
pub mod v20220801 {
    include!(concat!(env!("OUT_DIR"), "/v20220801.rs"));
}

/// The newest version, 2022-08-01.
pub use v20220801::*;
