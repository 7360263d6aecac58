//! tsi of Tencent Cloud API 3.0, typed; use it as `tc3::tsi` (feature `tsi`).
//!
//! Versions: 2021-03-25 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-03-25.
pub mod v20210325 {
    include!(concat!(env!("OUT_DIR"), "/v20210325.rs"));
}

/// The newest version, 2021-03-25.
pub use v20210325::*;
