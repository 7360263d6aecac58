//! dbs of Tencent Cloud API 3.0, typed; use it as `tc3::dbs` (feature `dbs`).
//!
//! Versions: 2021-11-08 (8 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-11-08.
pub mod v20211108 {
    include!(concat!(env!("OUT_DIR"), "/v20211108.rs"));
}

/// The newest version, 2021-11-08.
pub use v20211108::*;
