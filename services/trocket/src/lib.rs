//! trocket of Tencent Cloud API 3.0, typed; use it as `tc3::trocket` (feature `trocket`).
//!
//! Versions: 2023-03-08 (64 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-03-08.
pub mod v20230308 {
    include!(concat!(env!("OUT_DIR"), "/v20230308.rs"));
}

/// The newest version, 2023-03-08.
pub use v20230308::*;
