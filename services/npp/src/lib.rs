//! npp of Tencent Cloud API 3.0, typed; use it as `tc3::npp` (feature `npp`).
//!
//! Versions: 2019-08-23 (8 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-08-23.
pub mod v20190823 {
    include!(concat!(env!("OUT_DIR"), "/v20190823.rs"));
}

/// The newest version, 2019-08-23.
pub use v20190823::*;
