//! dbdc of Tencent Cloud API 3.0, typed; use it as `tc3::dbdc` (feature `dbdc`).
//!
//! Versions: 2020-10-29 (43 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-10-29.
pub mod v20201029 {
    include!(concat!(env!("OUT_DIR"), "/v20201029.rs"));
}

/// The newest version, 2020-10-29.
pub use v20201029::*;
