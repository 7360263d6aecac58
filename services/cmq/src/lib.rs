//! cmq of Tencent Cloud API 3.0, typed; use it as `tc3::cmq` (feature `cmq`).
//!
//! Versions: 2019-03-04 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-03-04.
pub mod v20190304 {
    include!(concat!(env!("OUT_DIR"), "/v20190304.rs"));
}

/// The newest version, 2019-03-04.
pub use v20190304::*;
