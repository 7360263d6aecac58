//! cfg of Tencent Cloud API 3.0, typed; use it as `tc3::cfg` (feature `cfg`).
//!
//! Versions: 2021-08-20 (17 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-08-20.
pub mod v20210820 {
    include!(concat!(env!("OUT_DIR"), "/v20210820.rs"));
}

/// The newest version, 2021-08-20.
pub use v20210820::*;
