//! ig of Tencent Cloud API 3.0, typed; use it as `tc3::ig` (feature `ig`).
//!
//! Versions: 2021-05-18 (6 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-05-18.
pub mod v20210518 {
    include!(concat!(env!("OUT_DIR"), "/v20210518.rs"));
}

/// The newest version, 2021-05-18.
pub use v20210518::*;
