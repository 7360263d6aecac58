//! tsf of Tencent Cloud API 3.0, typed; use it as `tc3::tsf` (feature `tsf`).
//!
//! Versions: 2018-03-26 (203 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-26.
pub mod v20180326 {
    include!(concat!(env!("OUT_DIR"), "/v20180326.rs"));
}

/// The newest version, 2018-03-26.
pub use v20180326::*;
