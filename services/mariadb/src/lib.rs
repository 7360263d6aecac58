//! mariadb of Tencent Cloud API 3.0, typed; use it as `tc3::mariadb` (feature `mariadb`).
//!
//! Versions: 2017-03-12 (81 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2017-03-12.
pub mod v20170312 {
    include!(concat!(env!("OUT_DIR"), "/v20170312.rs"));
}

/// The newest version, 2017-03-12.
pub use v20170312::*;
