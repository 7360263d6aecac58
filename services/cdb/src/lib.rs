//! cdb of Tencent Cloud API 3.0, typed; use it as `tc3::cdb` (feature `cdb`).
//!
//! Versions: 2017-03-20 (179 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2017-03-20.
pub mod v20170320 {
    include!(concat!(env!("OUT_DIR"), "/v20170320.rs"));
}

/// The newest version, 2017-03-20.
pub use v20170320::*;
