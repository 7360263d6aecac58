//! facefusion of Tencent Cloud API 3.0, typed; use it as `tc3::facefusion` (feature `facefusion`).
//!
//! Versions: 2018-12-01 (3 actions), 2022-09-27 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-12-01.
pub mod v20181201 {
    include!(concat!(env!("OUT_DIR"), "/v20181201.rs"));
}

/// API version 2022-09-27.
pub mod v20220927 {
    include!(concat!(env!("OUT_DIR"), "/v20220927.rs"));
}

/// The newest version, 2022-09-27.
pub use v20220927::*;
