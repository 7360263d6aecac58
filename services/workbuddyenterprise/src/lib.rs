//! workbuddyenterprise of Tencent Cloud API 3.0, typed; use it as `tc3::workbuddyenterprise` (feature `workbuddyenterprise`).
//!
//! Versions: 2026-07-09 (26 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2026-07-09.
pub mod v20260709 {
    include!(concat!(env!("OUT_DIR"), "/v20260709.rs"));
}

/// The newest version, 2026-07-09.
pub use v20260709::*;
