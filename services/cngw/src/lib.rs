//! cngw of Tencent Cloud API 3.0, typed; use it as `tc3::cngw` (feature `cngw`).
//!
//! Versions: 2023-04-18 (72 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-04-18.
pub mod v20230418 {
    include!(concat!(env!("OUT_DIR"), "/v20230418.rs"));
}

/// The newest version, 2023-04-18.
pub use v20230418::*;
