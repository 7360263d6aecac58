//! mps of Tencent Cloud API 3.0, typed; use it as `tc3::mps` (feature `mps`).
//!
//! Versions: 2019-06-12 (231 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-06-12.
pub mod v20190612 {
    include!(concat!(env!("OUT_DIR"), "/v20190612.rs"));
}

/// The newest version, 2019-06-12.
pub use v20190612::*;
