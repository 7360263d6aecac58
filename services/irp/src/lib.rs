//! irp of Tencent Cloud API 3.0, typed; use it as `tc3::irp` (feature `irp`).
//!
//! Versions: 2022-03-24 (4 actions), 2022-08-05 (7 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2022-03-24.
pub mod v20220324 {
    include!(concat!(env!("OUT_DIR"), "/v20220324.rs"));
}

/// API version 2022-08-05.
pub mod v20220805 {
    include!(concat!(env!("OUT_DIR"), "/v20220805.rs"));
}

/// The newest version, 2022-08-05.
pub use v20220805::*;
