//! redis of Tencent Cloud API 3.0, typed; use it as `tc3::redis` (feature `redis`).
//!
//! Versions: 2018-04-12 (124 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-12.
pub mod v20180412 {
    include!(concat!(env!("OUT_DIR"), "/v20180412.rs"));
}

/// The newest version, 2018-04-12.
pub use v20180412::*;
