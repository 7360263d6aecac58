//! tem of Tencent Cloud API 3.0, typed; use it as `tc3::tem` (feature `tem`).
//!
//! Versions: 2020-12-21 (17 actions), 2021-07-01 (51 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-21.
pub mod v20201221 {
    include!(concat!(env!("OUT_DIR"), "/v20201221.rs"));
}

/// API version 2021-07-01.
pub mod v20210701 {
    include!(concat!(env!("OUT_DIR"), "/v20210701.rs"));
}

/// The newest version, 2021-07-01.
pub use v20210701::*;
