//! domain of Tencent Cloud API 3.0, typed; use it as `tc3::domain` (feature `domain`).
//!
//! Versions: 2018-08-08 (80 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-08-08.
pub mod v20180808 {
    include!(concat!(env!("OUT_DIR"), "/v20180808.rs"));
}

/// The newest version, 2018-08-08.
pub use v20180808::*;
