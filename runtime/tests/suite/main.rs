//! The runtime's tests in one binary, each file a module, so that the crate and its
//! dependencies are linked once. `client_no_proxy.rs` keeps a process of its own: it sets an
//! environment variable, which is the whole process's.

#[path = "../support/mod.rs"]
mod support;

mod client_http;
mod client_options;
mod client_proxy;
mod client_retry;
mod client_sites;
mod client_stream;
mod client_token;
mod credential_providers;
mod no_leaks;
mod official_sdk;
mod paging_shapes;
mod signing_vectors;
mod waiters;
