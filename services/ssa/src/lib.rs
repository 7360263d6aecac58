//! ssa of Tencent Cloud API 3.0, typed; use it as `tc3::ssa` (feature `ssa`).
//!
//! Versions: 2018-06-08 (23 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-06-08.
pub mod v20180608 {
    include!(concat!(env!("OUT_DIR"), "/v20180608.rs"));
}

/// The newest version, 2018-06-08.
pub use v20180608::*;
