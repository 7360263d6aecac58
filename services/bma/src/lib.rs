//! bma of Tencent Cloud API 3.0, typed; use it as `tc3::bma` (feature `bma`).
//!
//! Versions: 2021-06-24 (28 actions), 2022-11-15 (11 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-06-24.
pub mod v20210624 {
    include!(concat!(env!("OUT_DIR"), "/v20210624.rs"));
}

/// API version 2022-11-15.
pub mod v20221115 {
    include!(concat!(env!("OUT_DIR"), "/v20221115.rs"));
}

/// The newest version, 2022-11-15.
pub use v20221115::*;
