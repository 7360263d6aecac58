//! tcm of Tencent Cloud API 3.0, typed; use it as `tc3::tcm` (feature `tcm`).
//!
//! Versions: 2021-04-13 (12 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-04-13.
pub mod v20210413 {
    include!(concat!(env!("OUT_DIR"), "/v20210413.rs"));
}

/// The newest version, 2021-04-13.
pub use v20210413::*;
