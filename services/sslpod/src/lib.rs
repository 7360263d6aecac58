//! sslpod of Tencent Cloud API 3.0, typed; use it as `tc3::sslpod` (feature `sslpod`).
//!
//! Versions: 2019-06-05 (10 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-06-05.
pub mod v20190605 {
    include!(concat!(env!("OUT_DIR"), "/v20190605.rs"));
}

/// The newest version, 2019-06-05.
pub use v20190605::*;
