//! aai of Tencent Cloud API 3.0, typed; use it as `tc3::aai` (feature `aai`).
//!
//! Versions: 2018-05-22 (4 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-05-22.
pub mod v20180522 {
    include!(concat!(env!("OUT_DIR"), "/v20180522.rs"));
}

/// The newest version, 2018-05-22.
pub use v20180522::*;
