//! tse of Tencent Cloud API 3.0, typed; use it as `tc3::tse` (feature `tse`).
//!
//! Versions: 2020-12-07 (161 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-07.
pub mod v20201207 {
    include!(concat!(env!("OUT_DIR"), "/v20201207.rs"));
}

/// The newest version, 2020-12-07.
pub use v20201207::*;
