//! as of Tencent Cloud API 3.0, typed; use it as `tc3::r#as` (feature `as`).
//!
//! Versions: 2018-04-19 (58 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-19.
pub mod v20180419 {
    include!(concat!(env!("OUT_DIR"), "/v20180419.rs"));
}

/// The newest version, 2018-04-19.
pub use v20180419::*;
