//! tbp of Tencent Cloud API 3.0, typed; use it as `tc3::tbp` (feature `tbp`).
//!
//! Versions: 2019-03-11 (4 actions), 2019-06-27 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-11.
pub mod v20190311 {
    include!(concat!(env!("OUT_DIR"), "/v20190311.rs"));
}

/// API version 2019-06-27.
pub mod v20190627 {
    include!(concat!(env!("OUT_DIR"), "/v20190627.rs"));
}

/// The newest version, 2019-06-27.
pub use v20190627::*;
