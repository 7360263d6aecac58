//! market of Tencent Cloud API 3.0, typed; use it as `tc3::market` (feature `market`).
//!
//! Versions: 2019-10-10 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-10-10.
pub mod v20191010 {
    include!(concat!(env!("OUT_DIR"), "/v20191010.rs"));
}

/// The newest version, 2019-10-10.
pub use v20191010::*;
