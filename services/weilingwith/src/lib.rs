//! weilingwith of Tencent Cloud API 3.0, typed; use it as `tc3::weilingwith` (feature `weilingwith`).
//!
//! Versions: 2023-04-27 (63 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2023-04-27.
pub mod v20230427 {
    include!(concat!(env!("OUT_DIR"), "/v20230427.rs"));
}

/// The newest version, 2023-04-27.
pub use v20230427::*;
