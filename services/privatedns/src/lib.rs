//! privatedns of Tencent Cloud API 3.0, typed; use it as `tc3::privatedns` (feature `privatedns`).
//!
//! Versions: 2020-10-28 (45 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-10-28.
pub mod v20201028 {
    include!(concat!(env!("OUT_DIR"), "/v20201028.rs"));
}

/// The newest version, 2020-10-28.
pub use v20201028::*;
