//! ckafka of Tencent Cloud API 3.0, typed; use it as `tc3::ckafka` (feature `ckafka`).
//!
//! Versions: 2019-08-19 (105 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-08-19.
pub mod v20190819 {
    include!(concat!(env!("OUT_DIR"), "/v20190819.rs"));
}

/// The newest version, 2019-08-19.
pub use v20190819::*;
