//! mrs of Tencent Cloud API 3.0, typed; use it as `tc3::mrs` (feature `mrs`).
//!
//! Versions: 2020-09-10 (11 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-09-10.
pub mod v20200910 {
    include!(concat!(env!("OUT_DIR"), "/v20200910.rs"));
}

/// The newest version, 2020-09-10.
pub use v20200910::*;
