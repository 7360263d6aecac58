//! bizlive of Tencent Cloud API 3.0, typed; use it as `tc3::bizlive` (feature `bizlive`).
//!
//! Versions: 2019-03-13 (6 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-13.
pub mod v20190313 {
    include!(concat!(env!("OUT_DIR"), "/v20190313.rs"));
}

/// The newest version, 2019-03-13.
pub use v20190313::*;
