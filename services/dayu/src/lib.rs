//! dayu of Tencent Cloud API 3.0, typed; use it as `tc3::dayu` (feature `dayu`).
//!
//! Versions: 2018-07-09 (112 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-07-09.
pub mod v20180709 {
    include!(concat!(env!("OUT_DIR"), "/v20180709.rs"));
}

/// The newest version, 2018-07-09.
pub use v20180709::*;
