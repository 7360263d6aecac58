//! essbasic of Tencent Cloud API 3.0, typed; use it as `tc3::essbasic` (feature `essbasic`).
//!
//! Versions: 2020-12-22 (53 actions), 2021-05-26 (99 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-22.
pub mod v20201222 {
    include!(concat!(env!("OUT_DIR"), "/v20201222.rs"));
}

/// API version 2021-05-26.
pub mod v20210526 {
    include!(concat!(env!("OUT_DIR"), "/v20210526.rs"));
}

/// The newest version, 2021-05-26.
pub use v20210526::*;
