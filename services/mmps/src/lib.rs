//! mmps of Tencent Cloud API 3.0, typed; use it as `tc3::mmps` (feature `mmps`).
//!
//! Versions: 2020-07-10 (15 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-10.
pub mod v20200710 {
    include!(concat!(env!("OUT_DIR"), "/v20200710.rs"));
}

/// The newest version, 2020-07-10.
pub use v20200710::*;
