//! portal of Tencent Cloud API 3.0, typed; use it as `tc3::portal` (feature `portal`).
//!
//! Versions: 2023-04-13 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-04-13.
pub mod v20230413 {
    include!(concat!(env!("OUT_DIR"), "/v20230413.rs"));
}

/// The newest version, 2023-04-13.
pub use v20230413::*;
