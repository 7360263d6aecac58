//! rum of Tencent Cloud API 3.0, typed; use it as `tc3::rum` (feature `rum`).
//!
//! Versions: 2021-06-22 (190 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-06-22.
pub mod v20210622 {
    include!(concat!(env!("OUT_DIR"), "/v20210622.rs"));
}

/// The newest version, 2021-06-22.
pub use v20210622::*;
