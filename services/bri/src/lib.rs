//! bri of Tencent Cloud API 3.0, typed; use it as `tc3::bri` (feature `bri`).
//!
//! Versions: 2019-03-28 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-28.
pub mod v20190328 {
    include!(concat!(env!("OUT_DIR"), "/v20190328.rs"));
}

/// The newest version, 2019-03-28.
pub use v20190328::*;
