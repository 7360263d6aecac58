//! cws of Tencent Cloud API 3.0, typed; use it as `tc3::cws` (feature `cws`).
//!
//! Versions: 2018-03-12 (19 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-12.
pub mod v20180312 {
    include!(concat!(env!("OUT_DIR"), "/v20180312.rs"));
}

/// The newest version, 2018-03-12.
pub use v20180312::*;
