//! eb of Tencent Cloud API 3.0, typed; use it as `tc3::eb` (feature `eb`).
//!
//! Versions: 2021-04-16 (32 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-04-16.
pub mod v20210416 {
    include!(concat!(env!("OUT_DIR"), "/v20210416.rs"));
}

/// The newest version, 2021-04-16.
pub use v20210416::*;
