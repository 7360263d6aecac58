//! ms of Tencent Cloud API 3.0, typed; use it as `tc3::ms` (feature `ms`).
//!
//! Versions: 2018-04-08 (23 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-08.
pub mod v20180408 {
    include!(concat!(env!("OUT_DIR"), "/v20180408.rs"));
}

/// The newest version, 2018-04-08.
pub use v20180408::*;
