//! cynosdb of Tencent Cloud API 3.0, typed; use it as `tc3::cynosdb` (feature `cynosdb`).
//!
//! Versions: 2019-01-07 (244 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-01-07.
pub mod v20190107 {
    include!(concat!(env!("OUT_DIR"), "/v20190107.rs"));
}

/// The newest version, 2019-01-07.
pub use v20190107::*;
