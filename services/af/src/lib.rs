//! af of Tencent Cloud API 3.0, typed; use it as `tc3::af` (feature `af`).
//!
//! Versions: 2020-02-26 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-02-26.
pub mod v20200226 {
    include!(concat!(env!("OUT_DIR"), "/v20200226.rs"));
}

/// The newest version, 2020-02-26.
pub use v20200226::*;
