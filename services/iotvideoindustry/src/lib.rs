//! iotvideoindustry of Tencent Cloud API 3.0, typed; use it as `tc3::iotvideoindustry` (feature `iotvideoindustry`).
//!
//! Versions: 2020-12-01 (104 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-12-01.
pub mod v20201201 {
    include!(concat!(env!("OUT_DIR"), "/v20201201.rs"));
}

/// The newest version, 2020-12-01.
pub use v20201201::*;
