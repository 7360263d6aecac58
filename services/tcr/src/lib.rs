//! tcr of Tencent Cloud API 3.0, typed; use it as `tc3::tcr` (feature `tcr`).
//!
//! Versions: 2019-09-24 (127 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-09-24.
pub mod v20190924 {
    include!(concat!(env!("OUT_DIR"), "/v20190924.rs"));
}

/// The newest version, 2019-09-24.
pub use v20190924::*;
