//! lkeap of Tencent Cloud API 3.0, typed; use it as `tc3::lkeap` (feature `lkeap`).
//!
//! Versions: 2024-05-22 (11 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2024-05-22.
pub mod v20240522 {
    include!(concat!(env!("OUT_DIR"), "/v20240522.rs"));
}

/// The newest version, 2024-05-22.
pub use v20240522::*;
