//! hai of Tencent Cloud API 3.0, typed; use it as `tc3::hai` (feature `hai`).
//!
//! Versions: 2023-08-12 (26 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-08-12.
pub mod v20230812 {
    include!(concat!(env!("OUT_DIR"), "/v20230812.rs"));
}

/// The newest version, 2023-08-12.
pub use v20230812::*;
