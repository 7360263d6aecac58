//! tke of Tencent Cloud API 3.0, typed; use it as `tc3::tke` (feature `tke`).
//!
//! Versions: 2018-05-25 (272 actions), 2022-05-01 (24 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-05-25.
pub mod v20180525 {
    include!(concat!(env!("OUT_DIR"), "/v20180525.rs"));
}

/// API version 2022-05-01.
pub mod v20220501 {
    include!(concat!(env!("OUT_DIR"), "/v20220501.rs"));
}

/// The newest version, 2022-05-01.
pub use v20220501::*;
