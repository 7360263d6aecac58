//! cdz of Tencent Cloud API 3.0, typed; use it as `tc3::cdz` (feature `cdz`).
//!
//! Versions: 2022-11-23 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-11-23.
pub mod v20221123 {
    include!(concat!(env!("OUT_DIR"), "/v20221123.rs"));
}

/// The newest version, 2022-11-23.
pub use v20221123::*;
