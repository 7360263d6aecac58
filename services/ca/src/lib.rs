//! ca of Tencent Cloud API 3.0, typed; use it as `tc3::ca` (feature `ca`).
//!
//! Versions: 2023-02-28 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-02-28.
pub mod v20230228 {
    include!(concat!(env!("OUT_DIR"), "/v20230228.rs"));
}

/// The newest version, 2023-02-28.
pub use v20230228::*;
