//! ip of Tencent Cloud API 3.0, typed; use it as `tc3::ip` (feature `ip`).
//!
//! Versions: 2021-04-09 (6 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-04-09.
pub mod v20210409 {
    include!(concat!(env!("OUT_DIR"), "/v20210409.rs"));
}

/// The newest version, 2021-04-09.
pub use v20210409::*;
