//! cme of Tencent Cloud API 3.0, typed; use it as `tc3::cme` (feature `cme`).
//!
//! Versions: 2019-10-29 (52 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-10-29.
pub mod v20191029 {
    include!(concat!(env!("OUT_DIR"), "/v20191029.rs"));
}

/// The newest version, 2019-10-29.
pub use v20191029::*;
