//! gpm of Tencent Cloud API 3.0, typed; use it as `tc3::gpm` (feature `gpm`).
//!
//! Versions: 2020-08-20 (18 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-08-20.
pub mod v20200820 {
    include!(concat!(env!("OUT_DIR"), "/v20200820.rs"));
}

/// The newest version, 2020-08-20.
pub use v20200820::*;
