//! es of Tencent Cloud API 3.0, typed; use it as `tc3::es` (feature `es`).
//!
//! Versions: 2018-04-16 (90 actions), 2025-01-01 (10 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-16.
pub mod v20180416 {
    include!(concat!(env!("OUT_DIR"), "/v20180416.rs"));
}

/// API version 2025-01-01.
pub mod v20250101 {
    include!(concat!(env!("OUT_DIR"), "/v20250101.rs"));
}

/// The newest version, 2025-01-01.
pub use v20250101::*;
