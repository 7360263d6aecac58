//! hasim of Tencent Cloud API 3.0, typed; use it as `tc3::hasim` (feature `hasim`).
//!
//! Versions: 2021-07-16 (22 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-07-16.
pub mod v20210716 {
    include!(concat!(env!("OUT_DIR"), "/v20210716.rs"));
}

/// The newest version, 2021-07-16.
pub use v20210716::*;
