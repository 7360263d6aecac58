//! dbbrain of Tencent Cloud API 3.0, typed; use it as `tc3::dbbrain` (feature `dbbrain`).
//!
//! Versions: 2019-10-16 (28 actions), 2021-05-27 (100 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-10-16.
pub mod v20191016 {
    include!(concat!(env!("OUT_DIR"), "/v20191016.rs"));
}

/// API version 2021-05-27.
pub mod v20210527 {
    include!(concat!(env!("OUT_DIR"), "/v20210527.rs"));
}

/// The newest version, 2021-05-27.
pub use v20210527::*;
