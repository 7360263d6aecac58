//! wsa of Tencent Cloud API 3.0, typed; use it as `tc3::wsa` (feature `wsa`).
//!
//! Versions: 2025-05-08 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2025-05-08.
pub mod v20250508 {
    include!(concat!(env!("OUT_DIR"), "/v20250508.rs"));
}

/// The newest version, 2025-05-08.
pub use v20250508::*;
