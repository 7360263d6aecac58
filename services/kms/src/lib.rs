//! kms of Tencent Cloud API 3.0, typed; use it as `tc3::kms` (feature `kms`).
//!
//! Versions: 2019-01-18 (69 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-01-18.
pub mod v20190118 {
    include!(concat!(env!("OUT_DIR"), "/v20190118.rs"));
}

/// The newest version, 2019-01-18.
pub use v20190118::*;
