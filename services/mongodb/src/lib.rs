//! mongodb of Tencent Cloud API 3.0, typed; use it as `tc3::mongodb` (feature `mongodb`).
//!
//! Versions: 2018-04-08 (13 actions), 2019-07-25 (97 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-04-08.
pub mod v20180408 {
    include!(concat!(env!("OUT_DIR"), "/v20180408.rs"));
}

/// API version 2019-07-25.
pub mod v20190725 {
    include!(concat!(env!("OUT_DIR"), "/v20190725.rs"));
}

/// The newest version, 2019-07-25.
pub use v20190725::*;
