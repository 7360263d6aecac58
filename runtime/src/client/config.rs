//! The settings calls are made with, and the rules they must meet: one place for both,
//! read by the builder and by per-call options.

use std::borrow::Cow;
use std::time::Duration;

use super::builder::{DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, Language};
use super::endpoint::Endpoint;
use super::retry::{DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF};
use super::site::Site;
use crate::{Error, Result};

/// The settings a client works by, kept as one value from the builder to every call; a
/// call with [`CallOptions`](super::CallOptions) works by a copy with its own changes.
#[derive(Debug, Clone)]
pub(super) struct Config {
    /// Where calls go when no endpoint is set: `https://<service>.<root_domain>/`.
    pub(super) root_domain: Cow<'static, str>,
    /// The site whose actions the client sends (others are refused before sending).
    pub(super) site: Site,
    /// Where every call goes instead, when set (the client's, or one call's).
    pub(super) endpoint: Option<Endpoint>,
    pub(super) region: Option<String>,
    pub(super) language: Language,
    pub(super) attempt_timeout: Duration,
    pub(super) call_timeout: Duration,
    pub(super) max_response_bytes: usize,
    pub(super) max_attempts: u32,
    pub(super) pacing: bool,
    pub(super) initial_backoff: Duration,
    pub(super) max_backoff: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            root_domain: Cow::Borrowed(Site::default().root_domain()),
            site: Site::default(),
            endpoint: None,
            region: None,
            language: Site::default().language(),
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            call_timeout: DEFAULT_CALL_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            pacing: true,
            initial_backoff: DEFAULT_INITIAL_BACKOFF,
            max_backoff: DEFAULT_MAX_BACKOFF,
        }
    }
}

impl Config {
    /// The first setting that breaks its rule, as a configuration error.
    pub(super) fn check(&self) -> Result<()> {
        super::site::check_root_domain(&self.root_domain)?;
        if let Some(region) = &self.region {
            if region.is_empty() || !region.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Err(Error::config(format!("invalid region `{region}`: expected e.g. `ap-singapore`")));
            }
        }
        for (name, d) in [("attempt", self.attempt_timeout), ("call", self.call_timeout)] {
            if d.is_zero() {
                return Err(Error::config(format!("{name} timeout must be longer than zero")));
            }
        }
        if self.max_attempts == 0 {
            return Err(Error::config("max_attempts must be at least 1"));
        }
        Ok(())
    }
}
