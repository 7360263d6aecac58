//! vcg of Tencent Cloud API 3.0, typed; use it as `tc3::vcg` (feature `vcg`).
//!
//! Versions: 2024-04-04 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-04-04.
pub mod v20240404 {
    include!(concat!(env!("OUT_DIR"), "/v20240404.rs"));
}

/// The newest version, 2024-04-04.
pub use v20240404::*;
