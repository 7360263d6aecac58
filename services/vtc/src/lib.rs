//! vtc of Tencent Cloud API 3.0, typed; use it as `tc3::vtc` (feature `vtc`).
//!
//! Versions: 2024-02-23 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-02-23.
pub mod v20240223 {
    include!(concat!(env!("OUT_DIR"), "/v20240223.rs"));
}

/// The newest version, 2024-02-23.
pub use v20240223::*;
