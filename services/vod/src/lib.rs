//! vod of Tencent Cloud API 3.0, typed; use it as `tc3::vod` (feature `vod`).
//!
//! Versions: 2018-07-17 (247 actions), 2024-07-18 (7 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-07-17.
pub mod v20180717 {
    include!(concat!(env!("OUT_DIR"), "/v20180717.rs"));
}

/// API version 2024-07-18.
pub mod v20240718 {
    include!(concat!(env!("OUT_DIR"), "/v20240718.rs"));
}

/// The newest version, 2024-07-18.
pub use v20240718::*;
