//! eiam of Tencent Cloud API 3.0, typed; use it as `tc3::eiam` (feature `eiam`).
//!
//! Versions: 2021-04-20 (42 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-04-20.
pub mod v20210420 {
    include!(concat!(env!("OUT_DIR"), "/v20210420.rs"));
}

/// The newest version, 2021-04-20.
pub use v20210420::*;
