//! ccc of Tencent Cloud API 3.0, typed; use it as `tc3::ccc` (feature `ccc`).
//!
//! Versions: 2020-02-10 (84 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-02-10.
pub mod v20200210 {
    include!(concat!(env!("OUT_DIR"), "/v20200210.rs"));
}

/// The newest version, 2020-02-10.
pub use v20200210::*;
