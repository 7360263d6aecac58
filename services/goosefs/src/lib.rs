//! goosefs of Tencent Cloud API 3.0, typed; use it as `tc3::goosefs` (feature `goosefs`).
//!
//! Versions: 2022-05-19 (45 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-05-19.
pub mod v20220519 {
    include!(concat!(env!("OUT_DIR"), "/v20220519.rs"));
}

/// The newest version, 2022-05-19.
pub use v20220519::*;
