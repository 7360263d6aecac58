//! vdb of Tencent Cloud API 3.0, typed; use it as `tc3::vdb` (feature `vdb`).
//!
//! Versions: 2023-06-16 (17 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-06-16.
pub mod v20230616 {
    include!(concat!(env!("OUT_DIR"), "/v20230616.rs"));
}

/// The newest version, 2023-06-16.
pub use v20230616::*;
