//! ecdn of Tencent Cloud API 3.0, typed; use it as `tc3::ecdn` (feature `ecdn`).
//!
//! Versions: 2019-10-12 (15 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-10-12.
pub mod v20191012 {
    include!(concat!(env!("OUT_DIR"), "/v20191012.rs"));
}

/// The newest version, 2019-10-12.
pub use v20191012::*;
