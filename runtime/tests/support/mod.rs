//! What the runtime's tests share: the scripted server on 127.0.0.1 (`tc3-test-support`, which
//! the facade's tests use too), a client of it, request types, an event-stream server and a
//! forward proxy.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

pub(crate) mod actions;
pub(crate) mod events;
pub(crate) mod proxy;

use std::time::Duration;

pub(crate) use tc3_test_support::{Received, Reply, Server, read_request};

/// A client of the test server at `url` with a test key pair and backoffs of a few
/// milliseconds, so that retries do not make tests slow: they only space attempts out, and no
/// assertion depends on how long they last. The other settings are the defaults (a 30 s
/// attempt timeout that no answer here nears).
pub(crate) fn client_builder(url: &str) -> tc3_runtime::ClientBuilder {
    tc3_runtime::Client::builder()
        .credentials(tc3_runtime::Credentials::new("AKIDtest", "key"))
        .endpoint(url)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
}
