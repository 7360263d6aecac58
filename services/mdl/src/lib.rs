//! mdl of Tencent Cloud API 3.0, typed; use it as `tc3::mdl` (feature `mdl`).
//!
//! Versions: 2020-03-26 (36 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-03-26.
pub mod v20200326 {
    include!(concat!(env!("OUT_DIR"), "/v20200326.rs"));
}

/// The newest version, 2020-03-26.
pub use v20200326::*;
