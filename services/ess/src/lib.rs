//! ess of Tencent Cloud API 3.0, typed; use it as `tc3::ess` (feature `ess`).
//!
//! Versions: 2020-11-11 (157 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-11-11.
pub mod v20201111 {
    include!(concat!(env!("OUT_DIR"), "/v20201111.rs"));
}

/// The newest version, 2020-11-11.
pub use v20201111::*;
