//! Whether a failed call is tried again (the classifier) and how (the strategy).

pub(crate) mod classify;
mod strategy;

pub(crate) use strategy::{Budget, backoff};
pub use strategy::{DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF};
