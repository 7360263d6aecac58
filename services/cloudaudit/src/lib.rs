//! cloudaudit of Tencent Cloud API 3.0, typed; use it as `tc3::cloudaudit` (feature `cloudaudit`).
//!
//! Versions: 2019-03-19 (19 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-19.
pub mod v20190319 {
    include!(concat!(env!("OUT_DIR"), "/v20190319.rs"));
}

/// The newest version, 2019-03-19.
pub use v20190319::*;
