//! pts of Tencent Cloud API 3.0, typed; use it as `tc3::pts` (feature `pts`).
//!
//! Versions: 2021-07-28 (48 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-07-28.
pub mod v20210728 {
    include!(concat!(env!("OUT_DIR"), "/v20210728.rs"));
}

/// The newest version, 2021-07-28.
pub use v20210728::*;
