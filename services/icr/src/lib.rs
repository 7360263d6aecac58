//! icr of Tencent Cloud API 3.0, typed; use it as `tc3::icr` (feature `icr`).
//!
//! Versions: 2021-10-14 (1 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-10-14.
pub mod v20211014 {
    include!(concat!(env!("OUT_DIR"), "/v20211014.rs"));
}

/// The newest version, 2021-10-14.
pub use v20211014::*;
