//! gme of Tencent Cloud API 3.0, typed; use it as `tc3::gme` (feature `gme`).
//!
//! Versions: 2018-07-11 (39 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-07-11.
pub mod v20180711 {
    include!(concat!(env!("OUT_DIR"), "/v20180711.rs"));
}

/// The newest version, 2018-07-11.
pub use v20180711::*;
