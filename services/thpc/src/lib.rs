//! thpc of Tencent Cloud API 3.0, typed; use it as `tc3::thpc` (feature `thpc`).
//!
//! Versions: 2021-11-09 (4 actions), 2022-04-01 (16 actions), 2023-03-21 (52 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-11-09.
pub mod v20211109 {
    include!(concat!(env!("OUT_DIR"), "/v20211109.rs"));
}

/// API version 2022-04-01.
pub mod v20220401 {
    include!(concat!(env!("OUT_DIR"), "/v20220401.rs"));
}

/// API version 2023-03-21.
pub mod v20230321 {
    include!(concat!(env!("OUT_DIR"), "/v20230321.rs"));
}

/// The newest version, 2023-03-21.
pub use v20230321::*;
