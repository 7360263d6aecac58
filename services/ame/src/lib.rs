//! ame of Tencent Cloud API 3.0, typed; use it as `tc3::ame` (feature `ame`).
//!
//! Versions: 2019-09-16 (31 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-09-16.
pub mod v20190916 {
    include!(concat!(env!("OUT_DIR"), "/v20190916.rs"));
}

/// The newest version, 2019-09-16.
pub use v20190916::*;
