//! csxg of Tencent Cloud API 3.0, typed; use it as `tc3::csxg` (feature `csxg`).
//!
//! Versions: 2023-03-03 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-03-03.
pub mod v20230303 {
    include!(concat!(env!("OUT_DIR"), "/v20230303.rs"));
}

/// The newest version, 2023-03-03.
pub use v20230303::*;
