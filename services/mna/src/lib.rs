//! mna of Tencent Cloud API 3.0, typed; use it as `tc3::mna` (feature `mna`).
//!
//! Versions: 2021-01-19 (63 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-01-19.
pub mod v20210119 {
    include!(concat!(env!("OUT_DIR"), "/v20210119.rs"));
}

/// The newest version, 2021-01-19.
pub use v20210119::*;
