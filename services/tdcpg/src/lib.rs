//! tdcpg of Tencent Cloud API 3.0, typed; use it as `tc3::tdcpg` (feature `tdcpg`).
//!
//! Versions: 2021-11-18 (25 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-11-18.
pub mod v20211118 {
    include!(concat!(env!("OUT_DIR"), "/v20211118.rs"));
}

/// The newest version, 2021-11-18.
pub use v20211118::*;
