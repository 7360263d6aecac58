//! International Partners Management (`intlpartnersmgt`): what Tencent Cloud distributors,
//! second-level resellers and resellers use to onboard customers, hand out credit and
//! vouchers, and collect bills; a few actions serve the end customers themselves.
//!
//! The current version is [`v20220928`], also reachable here: `tc3::intlpartnersmgt::CreateAccount`.

pub mod v20220928;

pub use v20220928::*;
