//! trp of Tencent Cloud API 3.0, typed; use it as `tc3::trp` (feature `trp`).
//!
//! Versions: 2021-05-15 (63 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-05-15.
pub mod v20210515 {
    include!(concat!(env!("OUT_DIR"), "/v20210515.rs"));
}

/// The newest version, 2021-05-15.
pub use v20210515::*;
