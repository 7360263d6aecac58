//! scf of Tencent Cloud API 3.0, typed; use it as `tc3::scf` (feature `scf`).
//!
//! Versions: 2018-04-16 (52 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-16.
pub mod v20180416 {
    include!(concat!(env!("OUT_DIR"), "/v20180416.rs"));
}

/// The newest version, 2018-04-16.
pub use v20180416::*;
