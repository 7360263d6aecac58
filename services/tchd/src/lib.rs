//! tchd of Tencent Cloud API 3.0, typed; use it as `tc3::tchd` (feature `tchd`).
//!
//! Versions: 2023-03-06 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-03-06.
pub mod v20230306 {
    include!(concat!(env!("OUT_DIR"), "/v20230306.rs"));
}

/// The newest version, 2023-03-06.
pub use v20230306::*;
