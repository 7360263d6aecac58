//! smop of Tencent Cloud API 3.0, typed; use it as `tc3::smop` (feature `smop`).
//!
//! Versions: 2020-12-03 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-03.
pub mod v20201203 {
    include!(concat!(env!("OUT_DIR"), "/v20201203.rs"));
}

/// The newest version, 2020-12-03.
pub use v20201203::*;
