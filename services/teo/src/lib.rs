//! teo of Tencent Cloud API 3.0, typed; use it as `tc3::teo` (feature `teo`).
//!
//! Versions: 2022-01-06 (88 actions), 2022-09-01 (238 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-01-06.
pub mod v20220106 {
    include!(concat!(env!("OUT_DIR"), "/v20220106.rs"));
}

/// API version 2022-09-01.
pub mod v20220901 {
    include!(concat!(env!("OUT_DIR"), "/v20220901.rs"));
}

/// The newest version, 2022-09-01.
pub use v20220901::*;
