//! mdp of Tencent Cloud API 3.0, typed; use it as `tc3::mdp` (feature `mdp`).
//!
//! Versions: 2020-05-27 (62 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-05-27.
pub mod v20200527 {
    include!(concat!(env!("OUT_DIR"), "/v20200527.rs"));
}

/// The newest version, 2020-05-27.
pub use v20200527::*;
