//! clb of Tencent Cloud API 3.0, typed; use it as `tc3::clb` (feature `clb`).
//!
//! Versions: 2018-03-17 (163 actions), 2023-04-17 (11 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-03-17.
pub mod v20180317 {
    include!(concat!(env!("OUT_DIR"), "/v20180317.rs"));
}

/// API version 2023-04-17.
pub mod v20230417 {
    include!(concat!(env!("OUT_DIR"), "/v20230417.rs"));
}

/// The newest version, 2023-04-17.
pub use v20230417::*;
