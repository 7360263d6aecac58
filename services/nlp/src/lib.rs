//! nlp of Tencent Cloud API 3.0, typed; use it as `tc3::nlp` (feature `nlp`).
//!
//! Versions: 2019-04-08 (3 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-04-08.
pub mod v20190408 {
    include!(concat!(env!("OUT_DIR"), "/v20190408.rs"));
}

/// The newest version, 2019-04-08.
pub use v20190408::*;
