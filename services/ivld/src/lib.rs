//! ivld of Tencent Cloud API 3.0, typed; use it as `tc3::ivld` (feature `ivld`).
//!
//! Versions: 2021-09-03 (28 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-09-03.
pub mod v20210903 {
    include!(concat!(env!("OUT_DIR"), "/v20210903.rs"));
}

/// The newest version, 2021-09-03.
pub use v20210903::*;
