//! tiia of Tencent Cloud API 3.0, typed; use it as `tc3::tiia` (feature `tiia`).
//!
//! Versions: 2019-05-29 (21 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-05-29.
pub mod v20190529 {
    include!(concat!(env!("OUT_DIR"), "/v20190529.rs"));
}

/// The newest version, 2019-05-29.
pub use v20190529::*;
