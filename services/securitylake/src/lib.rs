//! securitylake of Tencent Cloud API 3.0, typed; use it as `tc3::securitylake` (feature `securitylake`).
//!
//! Versions: 2024-01-17 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-01-17.
pub mod v20240117 {
    include!(concat!(env!("OUT_DIR"), "/v20240117.rs"));
}

/// The newest version, 2024-01-17.
pub use v20240117::*;
