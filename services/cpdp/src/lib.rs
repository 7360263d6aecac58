//! cpdp of Tencent Cloud API 3.0, typed; use it as `tc3::cpdp` (feature `cpdp`).
//!
//! Versions: 2019-08-20 (219 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-08-20.
pub mod v20190820 {
    include!(concat!(env!("OUT_DIR"), "/v20190820.rs"));
}

/// The newest version, 2019-08-20.
pub use v20190820::*;
