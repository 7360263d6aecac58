//! dts of Tencent Cloud API 3.0, typed; use it as `tc3::dts` (feature `dts`).
//!
//! Versions: 2018-03-30 (22 actions), 2021-12-06 (84 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-30.
pub mod v20180330 {
    include!(concat!(env!("OUT_DIR"), "/v20180330.rs"));
}

/// API version 2021-12-06.
pub mod v20211206 {
    include!(concat!(env!("OUT_DIR"), "/v20211206.rs"));
}

/// The newest version, 2021-12-06.
pub use v20211206::*;
