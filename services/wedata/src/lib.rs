//! wedata of Tencent Cloud API 3.0, typed; use it as `tc3::wedata` (feature `wedata`).
//!
//! Versions: 2021-08-20 (311 actions), 2025-08-06 (183 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-08-20.
pub mod v20210820 {
    include!(concat!(env!("OUT_DIR"), "/v20210820.rs"));
}

/// API version 2025-08-06.
pub mod v20250806 {
    include!(concat!(env!("OUT_DIR"), "/v20250806.rs"));
}

/// The newest version, 2025-08-06.
pub use v20250806::*;
