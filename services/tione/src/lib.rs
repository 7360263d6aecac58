//! tione of Tencent Cloud API 3.0, typed; use it as `tc3::tione` (feature `tione`).
//!
//! Versions: 2019-10-22 (22 actions), 2021-11-11 (77 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-10-22.
pub mod v20191022 {
    include!(concat!(env!("OUT_DIR"), "/v20191022.rs"));
}

/// API version 2021-11-11.
pub mod v20211111 {
    include!(concat!(env!("OUT_DIR"), "/v20211111.rs"));
}

/// The newest version, 2021-11-11.
pub use v20211111::*;
