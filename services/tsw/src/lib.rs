//! tsw of Tencent Cloud API 3.0, typed; use it as `tc3::tsw` (feature `tsw`).
//!
//! Versions: 2020-09-24 (1 actions), 2021-04-12 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-09-24.
pub mod v20200924 {
    include!(concat!(env!("OUT_DIR"), "/v20200924.rs"));
}

/// API version 2021-04-12.
pub mod v20210412 {
    include!(concat!(env!("OUT_DIR"), "/v20210412.rs"));
}

/// The newest version, 2021-04-12.
pub use v20210412::*;
