//! ape of Tencent Cloud API 3.0, typed; use it as `tc3::ape` (feature `ape`).
//!
//! Versions: 2020-05-13 (8 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-05-13.
pub mod v20200513 {
    include!(concat!(env!("OUT_DIR"), "/v20200513.rs"));
}

/// The newest version, 2020-05-13.
pub use v20200513::*;
