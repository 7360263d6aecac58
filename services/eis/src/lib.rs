//! eis of Tencent Cloud API 3.0, typed; use it as `tc3::eis` (feature `eis`).
//!
//! Versions: 2020-07-15 (3 actions), 2021-06-01 (5 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-15.
pub mod v20200715 {
    include!(concat!(env!("OUT_DIR"), "/v20200715.rs"));
}

/// API version 2021-06-01.
pub mod v20210601 {
    include!(concat!(env!("OUT_DIR"), "/v20210601.rs"));
}

/// The newest version, 2021-06-01.
pub use v20210601::*;
