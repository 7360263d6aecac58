//! anicloud of Tencent Cloud API 3.0, typed; use it as `tc3::anicloud` (feature `anicloud`).
//!
//! Versions: 2022-09-23 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-09-23.
pub mod v20220923 {
    include!(concat!(env!("OUT_DIR"), "/v20220923.rs"));
}

/// The newest version, 2022-09-23.
pub use v20220923::*;
