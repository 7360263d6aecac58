//! smh of Tencent Cloud API 3.0, typed; use it as `tc3::smh` (feature `smh`).
//!
//! Versions: 2021-07-12 (10 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2021-07-12.
pub mod v20210712 {
    include!(concat!(env!("OUT_DIR"), "/v20210712.rs"));
}

/// The newest version, 2021-07-12.
pub use v20210712::*;
