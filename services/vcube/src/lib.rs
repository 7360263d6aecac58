//! vcube of Tencent Cloud API 3.0, typed; use it as `tc3::vcube` (feature `vcube`).
//!
//! Versions: 2022-04-10 (36 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-04-10.
pub mod v20220410 {
    include!(concat!(env!("OUT_DIR"), "/v20220410.rs"));
}

/// The newest version, 2022-04-10.
pub use v20220410::*;
