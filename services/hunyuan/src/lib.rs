//! hunyuan of Tencent Cloud API 3.0, typed; use it as `tc3::hunyuan` (feature `hunyuan`).
//!
//! Versions: 2023-09-01 (45 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-09-01.
pub mod v20230901 {
    include!(concat!(env!("OUT_DIR"), "/v20230901.rs"));
}

/// The newest version, 2023-09-01.
pub use v20230901::*;
