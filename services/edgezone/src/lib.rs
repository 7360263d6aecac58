//! edgezone of Tencent Cloud API 3.0, typed; use it as `tc3::edgezone` (feature `edgezone`).
//!
//! Versions: 2026-04-01 (19 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2026-04-01.
pub mod v20260401 {
    include!(concat!(env!("OUT_DIR"), "/v20260401.rs"));
}

/// The newest version, 2026-04-01.
pub use v20260401::*;
