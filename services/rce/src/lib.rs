//! rce of Tencent Cloud API 3.0, typed; use it as `tc3::rce` (feature `rce`).
//!
//! Versions: 2020-11-03 (12 actions), 2025-04-25 (1 actions), 2026-01-30 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-11-03.
pub mod v20201103 {
    include!(concat!(env!("OUT_DIR"), "/v20201103.rs"));
}

/// API version 2025-04-25.
pub mod v20250425 {
    include!(concat!(env!("OUT_DIR"), "/v20250425.rs"));
}

/// API version 2026-01-30.
pub mod v20260130 {
    include!(concat!(env!("OUT_DIR"), "/v20260130.rs"));
}

/// The newest version, 2026-01-30.
pub use v20260130::*;
