//! iotvideo of Tencent Cloud API 3.0, typed; use it as `tc3::iotvideo` (feature `iotvideo`).
//!
//! Versions: 2019-11-26 (68 actions), 2020-12-15 (79 actions), 2021-11-25 (108 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2019-11-26.
pub mod v20191126 {
    include!(concat!(env!("OUT_DIR"), "/v20191126.rs"));
}

/// API version 2020-12-15.
pub mod v20201215 {
    include!(concat!(env!("OUT_DIR"), "/v20201215.rs"));
}

/// API version 2021-11-25.
pub mod v20211125 {
    include!(concat!(env!("OUT_DIR"), "/v20211125.rs"));
}

/// The newest version, 2021-11-25.
pub use v20211125::*;
