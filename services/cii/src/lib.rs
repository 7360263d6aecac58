//! cii of Tencent Cloud API 3.0, typed; use it as `tc3::cii` (feature `cii`).
//!
//! Versions: 2020-12-10 (3 actions), 2021-04-08 (13 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-10.
pub mod v20201210 {
    include!(concat!(env!("OUT_DIR"), "/v20201210.rs"));
}

/// API version 2021-04-08.
pub mod v20210408 {
    include!(concat!(env!("OUT_DIR"), "/v20210408.rs"));
}

/// The newest version, 2021-04-08.
pub use v20210408::*;
