//! aiart of Tencent Cloud API 3.0, typed; use it as `tc3::aiart` (feature `aiart`).
//!
//! Versions: 2022-12-29 (18 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-12-29.
pub mod v20221229 {
    include!(concat!(env!("OUT_DIR"), "/v20221229.rs"));
}

/// The newest version, 2022-12-29.
pub use v20221229::*;
