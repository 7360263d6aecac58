//! dms of Tencent Cloud API 3.0, typed; use it as `tc3::dms` (feature `dms`).
//!
//! Versions: 2020-08-19 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-08-19.
pub mod v20200819 {
    include!(concat!(env!("OUT_DIR"), "/v20200819.rs"));
}

/// The newest version, 2020-08-19.
pub use v20200819::*;
