//! gs of Tencent Cloud API 3.0, typed; use it as `tc3::gs` (feature `gs`).
//!
//! Versions: 2019-11-18 (83 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-11-18.
pub mod v20191118 {
    include!(concat!(env!("OUT_DIR"), "/v20191118.rs"));
}

/// The newest version, 2019-11-18.
pub use v20191118::*;
