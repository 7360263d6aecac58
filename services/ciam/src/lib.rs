//! ciam of Tencent Cloud API 3.0, typed; use it as `tc3::ciam` (feature `ciam`).
//!
//! Versions: 2021-04-20 (1 actions), 2022-03-31 (23 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-04-20.
pub mod v20210420 {
    include!(concat!(env!("OUT_DIR"), "/v20210420.rs"));
}

/// API version 2022-03-31.
pub mod v20220331 {
    include!(concat!(env!("OUT_DIR"), "/v20220331.rs"));
}

/// The newest version, 2022-03-31.
pub use v20220331::*;
