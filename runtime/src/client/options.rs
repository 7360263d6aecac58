//! `CallOptions`: what one call changes of its client's settings, without a second client.

use std::borrow::Cow;
use std::time::Duration;

use super::config::Config;
use super::config::Language;
use super::endpoint::Endpoint;
use crate::Result;

/// Settings of one call that differ from its client's, for
/// [`Client::call_with`](super::Client::call_with). The call still shares the client's
/// connections, pacing and retry budget; every setting left unset is the client's.
#[must_use]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallOptions {
    endpoint: Option<String>,
    region: Option<String>,
    language: Option<Language>,
    attempt_timeout: Option<Duration>,
    call_timeout: Option<Duration>,
    max_attempts: Option<u32>,
}

impl CallOptions {
    /// Options that change nothing.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Send this call to this full URL, e.g. a regional host
    /// (`https://cvm.ap-guangzhou.tencentcloudapi.com`), by the rules of
    /// [`ClientBuilder::endpoint`](crate::ClientBuilder::endpoint); a URL that breaks them fails
    /// the call before anything is sent. Default: the client's endpoint, or the host its site or
    /// root domain gives the service.
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.endpoint = Some(url.into());
        self
    }

    /// Region sent as `X-TC-Region` for this call. Default: the client's.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Language of the service's messages for this call. Default: the client's.
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Time for each attempt of this call. Default: the client's.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// Time for this whole call. Default: the client's.
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.call_timeout = Some(timeout);
        self
    }

    /// Attempts of this call, the first included. Default: the client's.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// `base` with these options applied, checked by the same rules as the builder's.
    pub(super) fn over<'a>(&self, base: &'a Config) -> Result<Cow<'a, Config>> {
        // Most calls change nothing: no copy for them.
        if *self == CallOptions::default() {
            return Ok(Cow::Borrowed(base));
        }
        let mut config = base.clone();
        if let Some(url) = &self.endpoint {
            config.endpoint = Some(Endpoint::parse(url)?);
        }
        if let Some(region) = &self.region {
            config.region = Some(region.clone());
        }
        config.language = self.language.unwrap_or(config.language);
        config.attempt_timeout = self.attempt_timeout.unwrap_or(config.attempt_timeout);
        config.call_timeout = self.call_timeout.unwrap_or(config.call_timeout);
        config.max_attempts = self.max_attempts.unwrap_or(config.max_attempts);
        config.check()?;
        Ok(Cow::Owned(config))
    }
}
