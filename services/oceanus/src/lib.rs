//! oceanus of Tencent Cloud API 3.0, typed; use it as `tc3::oceanus` (feature `oceanus`).
//!
//! Versions: 2019-04-22 (54 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-04-22.
pub mod v20190422 {
    include!(concat!(env!("OUT_DIR"), "/v20190422.rs"));
}

/// The newest version, 2019-04-22.
pub use v20190422::*;
