//! iot of Tencent Cloud API 3.0, typed; use it as `tc3::iot` (feature `iot`).
//!
//! Versions: 2018-01-23 (45 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-01-23.
pub mod v20180123 {
    include!(concat!(env!("OUT_DIR"), "/v20180123.rs"));
}

/// The newest version, 2018-01-23.
pub use v20180123::*;
