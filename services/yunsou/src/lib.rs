//! yunsou of Tencent Cloud API 3.0, typed; use it as `tc3::yunsou` (feature `yunsou`).
//!
//! Versions: 2018-05-04 (2 actions), 2019-11-15 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-05-04.
pub mod v20180504 {
    include!(concat!(env!("OUT_DIR"), "/v20180504.rs"));
}

/// API version 2019-11-15.
pub mod v20191115 {
    include!(concat!(env!("OUT_DIR"), "/v20191115.rs"));
}

/// The newest version, 2019-11-15.
pub use v20191115::*;
