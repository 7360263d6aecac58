//! The settings calls are made with, their defaults, and the rules they must meet: one place
//! for all three, read by the builder, by per-call options and by the transport.

use std::borrow::Cow;
use std::time::Duration;

use super::endpoint::Endpoint;
use super::retry::{DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF};
use super::site::Site;
use crate::{Error, Result};

/// Default time to establish a TCP (and TLS) connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default time for one attempt: sending the request and reading the whole answer.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default time for a whole call, credentials and every attempt included.
pub const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(60);
/// Default cap on the size of one answer body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 << 20;

/// The language of the service's messages, sent as `X-TC-Language`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Language {
    /// English, `en-US` (the default).
    #[default]
    EnUs,
    /// Simplified Chinese, `zh-CN`.
    ZhCn,
}

impl Language {
    /// The header value: `en-US` or `zh-CN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::EnUs => "en-US",
            Language::ZhCn => "zh-CN",
        }
    }
}

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
    pub(super) max_event_bytes: usize,
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
            max_event_bytes: super::stream::DEFAULT_MAX_EVENT_BYTES,
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            pacing: true,
            initial_backoff: DEFAULT_INITIAL_BACKOFF,
            max_backoff: DEFAULT_MAX_BACKOFF,
        }
    }
}

impl Config {
    /// Where a call of `service` goes when no endpoint is set: the action's own `host`
    /// ([`Action::HOST`](crate::Action::HOST)) while the root domain is the site's own, else
    /// `https://<service>.<root_domain>/`.
    pub(super) fn default_endpoint(&self, service: &str, host: Option<&str>) -> Result<Endpoint> {
        match host {
            Some(host) if self.root_domain == self.site.root_domain() => Endpoint::for_host(host.to_owned()),
            _ => Endpoint::for_service(service, &self.root_domain),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::Config;
    use crate::Site;

    #[test]
    fn an_action_with_its_own_host_goes_there_on_its_sites_own_root_only() {
        let host = Some("es.ai.tencentcloudapi.com");
        let mainland =
            Config { root_domain: Site::Mainland.root_domain().into(), site: Site::Mainland, ..Config::default() };
        for config in [&Config::default(), &mainland] {
            assert_eq!(config.default_endpoint("es", host).unwrap().host, "es.ai.tencentcloudapi.com");
        }
        assert_eq!(Config::default().default_endpoint("es", None).unwrap().host, "es.intl.tencentcloudapi.com");
        assert_eq!(mainland.default_endpoint("es", None).unwrap().host, "es.tencentcloudapi.com");
        let internal = Config { root_domain: "internal.tencentcloudapi.com".into(), ..mainland };
        assert_eq!(internal.default_endpoint("es", host).unwrap().host, "es.internal.tencentcloudapi.com");
    }
}
