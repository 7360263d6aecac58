//! organization of Tencent Cloud API 3.0, typed; use it as `tc3::organization` (feature `organization`).
//!
//! Versions: 2018-12-25 (20 actions), 2021-03-31 (139 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2018-12-25.
pub mod v20181225 {
    include!(concat!(env!("OUT_DIR"), "/v20181225.rs"));
}

/// API version 2021-03-31.
pub mod v20210331 {
    include!(concat!(env!("OUT_DIR"), "/v20210331.rs"));
}

/// The newest version, 2021-03-31.
pub use v20210331::*;
