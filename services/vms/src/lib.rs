//! vms of Tencent Cloud API 3.0, typed; use it as `tc3::vms` (feature `vms`).
//!
//! Versions: 2020-09-02 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-09-02.
pub mod v20200902 {
    include!(concat!(env!("OUT_DIR"), "/v20200902.rs"));
}

/// The newest version, 2020-09-02.
pub use v20200902::*;
