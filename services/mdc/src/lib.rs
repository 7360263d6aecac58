//! mdc of Tencent Cloud API 3.0, typed; use it as `tc3::mdc` (feature `mdc`).
//!
//! Versions: 2020-08-28 (19 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-08-28.
pub mod v20200828 {
    include!(concat!(env!("OUT_DIR"), "/v20200828.rs"));
}

/// The newest version, 2020-08-28.
pub use v20200828::*;
