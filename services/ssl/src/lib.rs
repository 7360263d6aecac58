//! ssl of Tencent Cloud API 3.0, typed; use it as `tc3::ssl` (feature `ssl`).
//!
//! Versions: 2019-12-05 (73 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-12-05.
pub mod v20191205 {
    include!(concat!(env!("OUT_DIR"), "/v20191205.rs"));
}

/// The newest version, 2019-12-05.
pub use v20191205::*;
