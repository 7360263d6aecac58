//! tag of Tencent Cloud API 3.0, typed; use it as `tc3::tag` (feature `tag`).
//!
//! Versions: 2018-08-13 (31 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-08-13.
pub mod v20180813 {
    include!(concat!(env!("OUT_DIR"), "/v20180813.rs"));
}

/// The newest version, 2018-08-13.
pub use v20180813::*;
