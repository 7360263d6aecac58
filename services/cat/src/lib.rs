//! cat of Tencent Cloud API 3.0, typed; use it as `tc3::cat` (feature `cat`).
//!
//! Versions: 2018-04-09 (14 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-09.
pub mod v20180409 {
    include!(concat!(env!("OUT_DIR"), "/v20180409.rs"));
}

/// The newest version, 2018-04-09.
pub use v20180409::*;
