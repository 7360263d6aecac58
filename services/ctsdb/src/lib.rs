//! ctsdb of Tencent Cloud API 3.0, typed; use it as `tc3::ctsdb` (feature `ctsdb`).
//!
//! Versions: 2023-02-02 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-02-02.
pub mod v20230202 {
    include!(concat!(env!("OUT_DIR"), "/v20230202.rs"));
}

/// The newest version, 2023-02-02.
pub use v20230202::*;
