//! cam of Tencent Cloud API 3.0, typed; use it as `tc3::cam` (feature `cam`).
//!
//! Versions: 2019-01-16 (95 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-01-16.
pub mod v20190116 {
    include!(concat!(env!("OUT_DIR"), "/v20190116.rs"));
}

/// The newest version, 2019-01-16.
pub use v20190116::*;
