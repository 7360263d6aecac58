//! controlcenter of Tencent Cloud API 3.0, typed; use it as `tc3::controlcenter` (feature `controlcenter`).
//!
//! Versions: 2023-01-10 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-01-10.
pub mod v20230110 {
    include!(concat!(env!("OUT_DIR"), "/v20230110.rs"));
}

/// The newest version, 2023-01-10.
pub use v20230110::*;
