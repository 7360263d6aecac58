//! dataintegration of Tencent Cloud API 3.0, typed; use it as `tc3::dataintegration` (feature `dataintegration`).
//!
//! Versions: 2022-06-13 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-06-13.
pub mod v20220613 {
    include!(concat!(env!("OUT_DIR"), "/v20220613.rs"));
}

/// The newest version, 2022-06-13.
pub use v20220613::*;
