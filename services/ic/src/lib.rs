//! ic of Tencent Cloud API 3.0, typed; use it as `tc3::ic` (feature `ic`).
//!
//! Versions: 2019-03-07 (9 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-07.
pub mod v20190307 {
    include!(concat!(env!("OUT_DIR"), "/v20190307.rs"));
}

/// The newest version, 2019-03-07.
pub use v20190307::*;
