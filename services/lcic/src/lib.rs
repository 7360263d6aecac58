//! lcic of Tencent Cloud API 3.0, typed; use it as `tc3::lcic` (feature `lcic`).
//!
//! Versions: 2022-08-17 (85 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-08-17.
pub mod v20220817 {
    include!(concat!(env!("OUT_DIR"), "/v20220817.rs"));
}

/// The newest version, 2022-08-17.
pub use v20220817::*;
