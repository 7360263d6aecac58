//! dsgc of Tencent Cloud API 3.0, typed; use it as `tc3::dsgc` (feature `dsgc`).
//!
//! Versions: 2019-07-23 (133 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-07-23.
pub mod v20190723 {
    include!(concat!(env!("OUT_DIR"), "/v20190723.rs"));
}

/// The newest version, 2019-07-23.
pub use v20190723::*;
