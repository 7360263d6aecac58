//! keewidb of Tencent Cloud API 3.0, typed; use it as `tc3::keewidb` (feature `keewidb`).
//!
//! Versions: 2022-03-08 (38 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-03-08.
pub mod v20220308 {
    include!(concat!(env!("OUT_DIR"), "/v20220308.rs"));
}

/// The newest version, 2022-03-08.
pub use v20220308::*;
