//! message of Tencent Cloud API 3.0, typed; use it as `tc3::message` (feature `message`).
//!
//! Versions: 2018-12-25 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-12-25.
pub mod v20181225 {
    include!(concat!(env!("OUT_DIR"), "/v20181225.rs"));
}

/// The newest version, 2018-12-25.
pub use v20181225::*;
