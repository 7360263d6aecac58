//! iotcloud of Tencent Cloud API 3.0, typed; use it as `tc3::iotcloud` (feature `iotcloud`).
//!
//! Versions: 2018-06-14 (69 actions), 2021-04-08 (73 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-06-14.
pub mod v20180614 {
    include!(concat!(env!("OUT_DIR"), "/v20180614.rs"));
}

/// API version 2021-04-08.
pub mod v20210408 {
    include!(concat!(env!("OUT_DIR"), "/v20210408.rs"));
}

/// The newest version, 2021-04-08.
pub use v20210408::*;
