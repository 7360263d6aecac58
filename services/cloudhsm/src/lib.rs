//! cloudhsm of Tencent Cloud API 3.0, typed; use it as `tc3::cloudhsm` (feature `cloudhsm`).
//!
//! Versions: 2019-11-12 (14 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-11-12.
pub mod v20191112 {
    include!(concat!(env!("OUT_DIR"), "/v20191112.rs"));
}

/// The newest version, 2019-11-12.
pub use v20191112::*;
