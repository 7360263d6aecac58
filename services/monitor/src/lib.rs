//! monitor of Tencent Cloud API 3.0, typed; use it as `tc3::monitor` (feature `monitor`).
//!
//! Versions: 2018-07-24 (186 actions), 2023-06-16 (42 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-07-24.
pub mod v20180724 {
    include!(concat!(env!("OUT_DIR"), "/v20180724.rs"));
}

/// API version 2023-06-16.
pub mod v20230616 {
    include!(concat!(env!("OUT_DIR"), "/v20230616.rs"));
}

/// The newest version, 2023-06-16.
pub use v20230616::*;
