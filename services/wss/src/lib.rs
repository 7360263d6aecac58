//! wss of Tencent Cloud API 3.0, typed; use it as `tc3::wss` (feature `wss`).
//!
//! Versions: 2018-04-26 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-26.
pub mod v20180426 {
    include!(concat!(env!("OUT_DIR"), "/v20180426.rs"));
}

/// The newest version, 2018-04-26.
pub use v20180426::*;
