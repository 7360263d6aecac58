//! omics of Tencent Cloud API 3.0, typed; use it as `tc3::omics` (feature `omics`).
//!
//! Versions: 2022-11-28 (32 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-11-28.
pub mod v20221128 {
    include!(concat!(env!("OUT_DIR"), "/v20221128.rs"));
}

/// The newest version, 2022-11-28.
pub use v20221128::*;
