//! tiw of Tencent Cloud API 3.0, typed; use it as `tc3::tiw` (feature `tiw`).
//!
//! Versions: 2019-09-19 (60 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-09-19.
pub mod v20190919 {
    include!(concat!(env!("OUT_DIR"), "/v20190919.rs"));
}

/// The newest version, 2019-09-19.
pub use v20190919::*;
