//! cms of Tencent Cloud API 3.0, typed; use it as `tc3::cms` (feature `cms`).
//!
//! Versions: 2019-03-21 (6 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-21.
pub mod v20190321 {
    include!(concat!(env!("OUT_DIR"), "/v20190321.rs"));
}

/// The newest version, 2019-03-21.
pub use v20190321::*;
