//! car of Tencent Cloud API 3.0, typed; use it as `tc3::car` (feature `car`).
//!
//! Versions: 2022-01-10 (33 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-01-10.
pub mod v20220110 {
    include!(concat!(env!("OUT_DIR"), "/v20220110.rs"));
}

/// The newest version, 2022-01-10.
pub use v20220110::*;
