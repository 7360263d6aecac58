//! habo of Tencent Cloud API 3.0, typed; use it as `tc3::habo` (feature `habo`).
//!
//! Versions: 2018-12-03 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-12-03.
pub mod v20181203 {
    include!(concat!(env!("OUT_DIR"), "/v20181203.rs"));
}

/// The newest version, 2018-12-03.
pub use v20181203::*;
