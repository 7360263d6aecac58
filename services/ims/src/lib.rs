//! ims of Tencent Cloud API 3.0, typed; use it as `tc3::ims` (feature `ims`).
//!
//! Versions: 2020-07-13 (1 actions), 2020-12-29 (2 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-13.
pub mod v20200713 {
    include!(concat!(env!("OUT_DIR"), "/v20200713.rs"));
}

/// API version 2020-12-29.
pub mod v20201229 {
    include!(concat!(env!("OUT_DIR"), "/v20201229.rs"));
}

/// The newest version, 2020-12-29.
pub use v20201229::*;
