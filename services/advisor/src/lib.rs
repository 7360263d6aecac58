//! advisor of Tencent Cloud API 3.0, typed; use it as `tc3::advisor` (feature `advisor`).
//!
//! Versions: 2020-07-21 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-21.
pub mod v20200721 {
    include!(concat!(env!("OUT_DIR"), "/v20200721.rs"));
}

/// The newest version, 2020-07-21.
pub use v20200721::*;
