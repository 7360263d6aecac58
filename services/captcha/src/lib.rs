//! captcha of Tencent Cloud API 3.0, typed; use it as `tc3::captcha` (feature `captcha`).
//!
//! Versions: 2019-07-22 (26 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-07-22.
pub mod v20190722 {
    include!(concat!(env!("OUT_DIR"), "/v20190722.rs"));
}

/// The newest version, 2019-07-22.
pub use v20190722::*;
