//! cdwdoris of Tencent Cloud API 3.0, typed; use it as `tc3::cdwdoris` (feature `cdwdoris`).
//!
//! Versions: 2021-12-28 (77 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-12-28.
pub mod v20211228 {
    include!(concat!(env!("OUT_DIR"), "/v20211228.rs"));
}

/// The newest version, 2021-12-28.
pub use v20211228::*;
