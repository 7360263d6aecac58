//! csip of Tencent Cloud API 3.0, typed; use it as `tc3::csip` (feature `csip`).
//!
//! Versions: 2022-11-21 (751 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-11-21.
pub mod v20221121 {
    include!(concat!(env!("OUT_DIR"), "/v20221121.rs"));
}

/// The newest version, 2022-11-21.
pub use v20221121::*;
