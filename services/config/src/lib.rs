//! config of Tencent Cloud API 3.0, typed; use it as `tc3::config` (feature `config`).
//!
//! Versions: 2022-08-02 (67 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-08-02.
pub mod v20220802 {
    include!(concat!(env!("OUT_DIR"), "/v20220802.rs"));
}

/// The newest version, 2022-08-02.
pub use v20220802::*;
