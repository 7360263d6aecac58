//! cloudstudio of Tencent Cloud API 3.0, typed; use it as `tc3::cloudstudio` (feature `cloudstudio`).
//!
//! Versions: 2023-05-08 (9 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-05-08.
pub mod v20230508 {
    include!(concat!(env!("OUT_DIR"), "/v20230508.rs"));
}

/// The newest version, 2023-05-08.
pub use v20230508::*;
