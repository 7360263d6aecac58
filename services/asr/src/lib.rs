//! asr of Tencent Cloud API 3.0, typed; use it as `tc3::asr` (feature `asr`).
//!
//! Versions: 2019-06-14 (33 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-06-14.
pub mod v20190614 {
    include!(concat!(env!("OUT_DIR"), "/v20190614.rs"));
}

/// The newest version, 2019-06-14.
pub use v20190614::*;
