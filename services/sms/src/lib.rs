//! sms of Tencent Cloud API 3.0, typed; use it as `tc3::sms` (feature `sms`).
//!
//! Versions: 2019-07-11 (16 actions), 2021-01-11 (20 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-07-11.
pub mod v20190711 {
    include!(concat!(env!("OUT_DIR"), "/v20190711.rs"));
}

/// API version 2021-01-11.
pub mod v20210111 {
    include!(concat!(env!("OUT_DIR"), "/v20210111.rs"));
}

/// The newest version, 2021-01-11.
pub use v20210111::*;
