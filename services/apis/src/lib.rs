//! apis of Tencent Cloud API 3.0, typed; use it as `tc3::apis` (feature `apis`).
//!
//! Versions: 2024-08-01 (40 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-08-01.
pub mod v20240801 {
    include!(concat!(env!("OUT_DIR"), "/v20240801.rs"));
}

/// The newest version, 2024-08-01.
pub use v20240801::*;
