//! tcbr of Tencent Cloud API 3.0, typed; use it as `tc3::tcbr` (feature `tcbr`).
//!
//! Versions: 2022-02-17 (22 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-02-17.
pub mod v20220217 {
    include!(concat!(env!("OUT_DIR"), "/v20220217.rs"));
}

/// The newest version, 2022-02-17.
pub use v20220217::*;
