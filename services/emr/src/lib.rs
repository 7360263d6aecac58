//! emr of Tencent Cloud API 3.0, typed; use it as `tc3::emr` (feature `emr`).
//!
//! Versions: 2019-01-03 (104 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-01-03.
pub mod v20190103 {
    include!(concat!(env!("OUT_DIR"), "/v20190103.rs"));
}

/// The newest version, 2019-01-03.
pub use v20190103::*;
