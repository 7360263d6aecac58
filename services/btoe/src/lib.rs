//! btoe of Tencent Cloud API 3.0, typed; use it as `tc3::btoe` (feature `btoe`).
//!
//! Versions: 2021-03-03 (12 actions), 2021-05-14 (13 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-03-03.
pub mod v20210303 {
    include!(concat!(env!("OUT_DIR"), "/v20210303.rs"));
}

/// API version 2021-05-14.
pub mod v20210514 {
    include!(concat!(env!("OUT_DIR"), "/v20210514.rs"));
}

/// The newest version, 2021-05-14.
pub use v20210514::*;
