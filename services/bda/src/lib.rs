//! bda of Tencent Cloud API 3.0, typed; use it as `tc3::bda` (feature `bda`).
//!
//! Versions: 2020-03-24 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-03-24.
pub mod v20200324 {
    include!(concat!(env!("OUT_DIR"), "/v20200324.rs"));
}

/// The newest version, 2020-03-24.
pub use v20200324::*;
