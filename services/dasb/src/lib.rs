//! dasb of Tencent Cloud API 3.0, typed; use it as `tc3::dasb` (feature `dasb`).
//!
//! Versions: 2019-10-18 (63 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-10-18.
pub mod v20191018 {
    include!(concat!(env!("OUT_DIR"), "/v20191018.rs"));
}

/// The newest version, 2019-10-18.
pub use v20191018::*;
