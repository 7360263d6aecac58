//! iss of Tencent Cloud API 3.0, typed; use it as `tc3::iss` (feature `iss`).
//!
//! Versions: 2023-05-17 (98 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-05-17.
pub mod v20230517 {
    include!(concat!(env!("OUT_DIR"), "/v20230517.rs"));
}

/// The newest version, 2023-05-17.
pub use v20230517::*;
