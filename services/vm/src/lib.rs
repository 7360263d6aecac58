//! vm of Tencent Cloud API 3.0, typed; use it as `tc3::vm` (feature `vm`).
//!
//! Versions: 2020-07-09 (5 actions), 2020-12-29 (4 actions), 2021-09-22 (4 actions).
//! Generated at build time from the facts in `spec/` by tc3-codegen; see its crate docs
//! for what the generated items look like.

/// API version 2020-07-09.
pub mod v20200709 {
    include!(concat!(env!("OUT_DIR"), "/v20200709.rs"));
}

/// API version 2020-12-29.
pub mod v20201229 {
    include!(concat!(env!("OUT_DIR"), "/v20201229.rs"));
}

/// API version 2021-09-22.
pub mod v20210922 {
    include!(concat!(env!("OUT_DIR"), "/v20210922.rs"));
}

/// The newest version, 2021-09-22.
pub use v20210922::*;
