//! tdmysql of Tencent Cloud API 3.0, typed; use it as `tc3::tdmysql` (feature `tdmysql`).
//!
//! Versions: 2021-11-22 (54 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-11-22.
pub mod v20211122 {
    include!(concat!(env!("OUT_DIR"), "/v20211122.rs"));
}

/// The newest version, 2021-11-22.
pub use v20211122::*;
