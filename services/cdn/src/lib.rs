//! cdn of Tencent Cloud API 3.0, typed; use it as `tc3::cdn` (feature `cdn`).
//!
//! Versions: 2018-06-06 (52 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-06-06.
pub mod v20180606 {
    include!(concat!(env!("OUT_DIR"), "/v20180606.rs"));
}

/// The newest version, 2018-06-06.
pub use v20180606::*;
