//! cfw of Tencent Cloud API 3.0, typed; use it as `tc3::cfw` (feature `cfw`).
//!
//! Versions: 2019-09-04 (168 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-09-04.
pub mod v20190904 {
    include!(concat!(env!("OUT_DIR"), "/v20190904.rs"));
}

/// The newest version, 2019-09-04.
pub use v20190904::*;
