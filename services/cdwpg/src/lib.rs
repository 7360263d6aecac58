//! cdwpg of Tencent Cloud API 3.0, typed; use it as `tc3::cdwpg` (feature `cdwpg`).
//!
//! Versions: 2020-12-30 (24 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-30.
pub mod v20201230 {
    include!(concat!(env!("OUT_DIR"), "/v20201230.rs"));
}

/// The newest version, 2020-12-30.
pub use v20201230::*;
