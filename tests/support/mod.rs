//! What the facade's tests share: the partner API on the scripted loopback server of
//! `tc3-test-support` (`loopback`), wire bodies built from the partner API's spec
//! (`spec_bodies`), and the byte-for-byte comparison with the official Python SDK (`capture`).

// Each test binary uses a different part of this module.
#![allow(dead_code)]

pub(crate) mod capture;
pub(crate) mod loopback;
pub(crate) mod spec_bodies;
