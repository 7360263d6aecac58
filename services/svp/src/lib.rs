//! svp of Tencent Cloud API 3.0, typed; use it as `tc3::svp` (feature `svp`).
//!
//! Versions: 2024-01-25 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-01-25.
pub mod v20240125 {
    include!(concat!(env!("OUT_DIR"), "/v20240125.rs"));
}

/// The newest version, 2024-01-25.
pub use v20240125::*;
