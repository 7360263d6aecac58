//! chdfs of Tencent Cloud API 3.0, typed; use it as `tc3::chdfs` (feature `chdfs`).
//!
//! Versions: 2019-07-18 (26 actions), 2020-11-12 (37 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-07-18.
pub mod v20190718 {
    include!(concat!(env!("OUT_DIR"), "/v20190718.rs"));
}

/// API version 2020-11-12.
pub mod v20201112 {
    include!(concat!(env!("OUT_DIR"), "/v20201112.rs"));
}

/// The newest version, 2020-11-12.
pub use v20201112::*;
