//! vclm of Tencent Cloud API 3.0, typed; use it as `tc3::vclm` (feature `vclm`).
//!
//! Versions: 2024-05-23 (33 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-05-23.
pub mod v20240523 {
    include!(concat!(env!("OUT_DIR"), "/v20240523.rs"));
}

/// The newest version, 2024-05-23.
pub use v20240523::*;
