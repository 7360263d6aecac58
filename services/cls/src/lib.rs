//! cls of Tencent Cloud API 3.0, typed; use it as `tc3::cls` (feature `cls`).
//!
//! Versions: 2020-10-16 (231 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-10-16.
pub mod v20201016 {
    include!(concat!(env!("OUT_DIR"), "/v20201016.rs"));
}

/// The newest version, 2020-10-16.
pub use v20201016::*;
