//! cloudapp of Tencent Cloud API 3.0, typed; use it as `tc3::cloudapp` (feature `cloudapp`).
//!
//! Versions: 2022-05-30 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-05-30.
pub mod v20220530 {
    include!(concat!(env!("OUT_DIR"), "/v20220530.rs"));
}

/// The newest version, 2022-05-30.
pub use v20220530::*;
