//! yinsuda of Tencent Cloud API 3.0, typed; use it as `tc3::yinsuda` (feature `yinsuda`).
//!
//! Versions: 2022-05-27 (20 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-05-27.
pub mod v20220527 {
    include!(concat!(env!("OUT_DIR"), "/v20220527.rs"));
}

/// The newest version, 2022-05-27.
pub use v20220527::*;
