//! ses of Tencent Cloud API 3.0, typed; use it as `tc3::ses` (feature `ses`).
//!
//! Versions: 2020-10-02 (36 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-10-02.
pub mod v20201002 {
    include!(concat!(env!("OUT_DIR"), "/v20201002.rs"));
}

/// The newest version, 2020-10-02.
pub use v20201002::*;
