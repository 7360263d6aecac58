//! iai of Tencent Cloud API 3.0, typed; use it as `tc3::iai` (feature `iai`).
//!
//! Versions: 2018-03-01 (32 actions), 2020-03-03 (35 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-01.
pub mod v20180301 {
    include!(concat!(env!("OUT_DIR"), "/v20180301.rs"));
}

/// API version 2020-03-03.
pub mod v20200303 {
    include!(concat!(env!("OUT_DIR"), "/v20200303.rs"));
}

/// The newest version, 2020-03-03.
pub use v20200303::*;
