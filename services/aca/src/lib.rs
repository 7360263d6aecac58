//! aca of Tencent Cloud API 3.0, typed; use it as `tc3::aca` (feature `aca`).
//!
//! Versions: 2021-03-23 (8 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-03-23.
pub mod v20210323 {
    include!(concat!(env!("OUT_DIR"), "/v20210323.rs"));
}

/// The newest version, 2021-03-23.
pub use v20210323::*;
