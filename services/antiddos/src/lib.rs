//! antiddos of Tencent Cloud API 3.0, typed; use it as `tc3::antiddos` (feature `antiddos`).
//!
//! Versions: 2020-03-09 (97 actions), 2025-09-03 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-03-09.
pub mod v20200309 {
    include!(concat!(env!("OUT_DIR"), "/v20200309.rs"));
}

/// API version 2025-09-03.
pub mod v20250903 {
    include!(concat!(env!("OUT_DIR"), "/v20250903.rs"));
}

/// The newest version, 2025-09-03.
pub use v20250903::*;
