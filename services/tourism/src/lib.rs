//! tourism of Tencent Cloud API 3.0, typed; use it as `tc3::tourism` (feature `tourism`).
//!
//! Versions: 2023-02-15 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-02-15.
pub mod v20230215 {
    include!(concat!(env!("OUT_DIR"), "/v20230215.rs"));
}

/// The newest version, 2023-02-15.
pub use v20230215::*;
