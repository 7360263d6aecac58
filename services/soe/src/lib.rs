//! soe of Tencent Cloud API 3.0, typed; use it as `tc3::soe` (feature `soe`).
//!
//! Versions: 2018-07-24 (4 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-07-24.
pub mod v20180724 {
    include!(concat!(env!("OUT_DIR"), "/v20180724.rs"));
}

/// The newest version, 2018-07-24.
pub use v20180724::*;
