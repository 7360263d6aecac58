//! api of Tencent Cloud API 3.0, typed; use it as `tc3::api` (feature `api`).
//!
//! Versions: 2020-11-06 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-11-06.
pub mod v20201106 {
    include!(concat!(env!("OUT_DIR"), "/v20201106.rs"));
}

/// The newest version, 2020-11-06.
pub use v20201106::*;
