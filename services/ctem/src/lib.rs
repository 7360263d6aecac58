//! ctem of Tencent Cloud API 3.0, typed; use it as `tc3::ctem` (feature `ctem`).
//!
//! Versions: 2023-11-28 (61 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-11-28.
pub mod v20231128 {
    include!(concat!(env!("OUT_DIR"), "/v20231128.rs"));
}

/// The newest version, 2023-11-28.
pub use v20231128::*;
