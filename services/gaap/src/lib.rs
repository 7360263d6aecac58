//! gaap of Tencent Cloud API 3.0, typed; use it as `tc3::gaap` (feature `gaap`).
//!
//! Versions: 2018-05-29 (102 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-05-29.
pub mod v20180529 {
    include!(concat!(env!("OUT_DIR"), "/v20180529.rs"));
}

/// The newest version, 2018-05-29.
pub use v20180529::*;
