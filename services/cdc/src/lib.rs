//! cdc of Tencent Cloud API 3.0, typed; use it as `tc3::cdc` (feature `cdc`).
//!
//! Versions: 2020-12-14 (24 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-14.
pub mod v20201214 {
    include!(concat!(env!("OUT_DIR"), "/v20201214.rs"));
}

/// The newest version, 2020-12-14.
pub use v20201214::*;
