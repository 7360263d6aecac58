//! asw of Tencent Cloud API 3.0, typed; use it as `tc3::asw` (feature `asw`).
//!
//! Versions: 2020-07-22 (9 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-22.
pub mod v20200722 {
    include!(concat!(env!("OUT_DIR"), "/v20200722.rs"));
}

/// The newest version, 2020-07-22.
pub use v20200722::*;
