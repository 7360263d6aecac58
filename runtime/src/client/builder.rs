//! `ClientBuilder`: every option of a client, with its default.

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use super::config::{Config, Language};
use super::endpoint::Endpoint;
use super::observe::{AttemptInfo, OnAttempt};
use super::site::Site;
use super::transport::{HttpClient, ProxyUrl, Transport};
use super::{Client, Shared};
use crate::credentials::{DefaultChain, ProvideCredentials};
use crate::{Credentials, Result};

/// Builds a [`Client`]; errors are reported by [`build`](ClientBuilder::build).
///
/// `M` says which client `build()` makes: [`Async`] (`tc3::Client::builder()`) or, with the
/// `blocking` feature, `Blocking` (`tc3::blocking::Client::builder()`, as reqwest's blocking
/// builder does). The settings and their rules are the same for both.
#[must_use]
#[derive(Debug)]
pub struct ClientBuilder<M = Async> {
    credentials: Option<Arc<dyn ProvideCredentials>>,
    unsigned: bool,
    endpoint: Option<String>,
    site: Site,
    root_domain: Option<String>,
    language: Option<Language>,
    transport: Transport,
    config: Config,
    on_attempt: Option<OnAttempt>,
    mode: PhantomData<fn() -> M>,
}

/// The mode of a [`ClientBuilder`] whose `build()` makes the async [`Client`].
#[derive(Debug)]
pub enum Async {}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder::new()
    }
}

impl ClientBuilder {
    /// The client, or the first configuration error.
    pub fn build(self) -> Result<Client> {
        self.build_async()
    }
}

impl<M> ClientBuilder<M> {
    /// A builder with every default.
    pub(crate) fn new() -> Self {
        ClientBuilder {
            credentials: None,
            unsigned: false,
            endpoint: None,
            site: Site::default(),
            root_domain: None,
            language: None,
            transport: Transport::default(),
            config: Config::default(),
            on_attempt: None,
            mode: PhantomData,
        }
    }

    /// Sign with these credentials. Default: the [`DefaultChain`] (environment, profile
    /// files, tccli's file, then the CVM instance role and TKE OIDC at the first call).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Arc::new(credentials));
        self
    }

    /// Ask `provider` for credentials before every call.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// Send calls unsigned, for the few actions that take no signature.
    pub(crate) fn unsigned(mut self) -> Self {
        self.unsigned = true;
        self
    }

    /// Region sent as `X-TC-Region`, e.g. `ap-singapore`. Default: none (the header is not
    /// sent; the partner API is not regional).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// Send every call to this full URL, e.g. `http://127.0.0.1:8080`. Default:
    /// `https://<service>.<root domain>` (see [`site`](ClientBuilder::site)). Plain HTTP only to
    /// loopback addresses.
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.endpoint = Some(url.into());
        self
    }

    /// The site calls go to: its root domain (`<service>.intl.tencentcloudapi.com` or
    /// `<service>.tencentcloudapi.com`) and its language (`en-US` or `zh-CN`), unless
    /// [`root_domain`](ClientBuilder::root_domain) or [`language`](ClientBuilder::language)
    /// say otherwise. Default: [`Site::International`].
    pub fn site(mut self, site: Site) -> Self {
        self.site = site;
        self
    }

    /// The root of the hosts calls go to, `<service>.<root>`: e.g.
    /// `internal.tencentcloudapi.com` from inside a VPC. Default: the site's.
    pub fn root_domain(mut self, root: impl Into<String>) -> Self {
        self.root_domain = Some(root.into());
        self
    }

    /// Language of the service's messages. Default: the site's ([`Language::EnUs`] for the
    /// international site, [`Language::ZhCn`] for the mainland).
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Time to connect. Default: [`DEFAULT_CONNECT_TIMEOUT`](crate::DEFAULT_CONNECT_TIMEOUT) (5 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.transport.connect_timeout = timeout;
        self
    }

    /// Time for one attempt, answer read included. Default:
    /// [`DEFAULT_ATTEMPT_TIMEOUT`](crate::DEFAULT_ATTEMPT_TIMEOUT) (30 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.config.attempt_timeout = timeout;
        self
    }

    /// Time for a whole call. Default: [`DEFAULT_CALL_TIMEOUT`](crate::DEFAULT_CALL_TIMEOUT) (60 s).
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.config.call_timeout = timeout;
        self
    }

    /// Largest answer body accepted. Default:
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES) (32 MiB).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.config.max_response_bytes = bytes;
        self
    }

    /// Largest event of a streamed answer accepted (its data, and any one line of it); a
    /// larger one ends the stream with an error item. Default:
    /// [`DEFAULT_MAX_EVENT_BYTES`](crate::DEFAULT_MAX_EVENT_BYTES) (16 MiB).
    pub fn max_event_bytes(mut self, bytes: usize) -> Self {
        self.config.max_event_bytes = bytes;
        self
    }

    /// Attempts per call, the first included; 1 turns retries off. Default:
    /// [`DEFAULT_MAX_ATTEMPTS`](crate::DEFAULT_MAX_ATTEMPTS) (4). Only failures that are safe
    /// to repeat are retried.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.config.max_attempts = attempts;
        self
    }

    /// Whether calls of an action with a documented rate limit are spaced so that no second
    /// holds more than the limit (shared by clones). Default: on; turn it off only when the
    /// caller paces its calls itself or has a higher quota.
    pub fn pacing(mut self, on: bool) -> Self {
        self.config.pacing = on;
        self
    }

    /// Backoff between attempts: a random wait up to `initial`, doubling per retry, never
    /// above `max`. Default: [`DEFAULT_INITIAL_BACKOFF`](crate::DEFAULT_INITIAL_BACKOFF)
    /// (100 ms) and [`DEFAULT_MAX_BACKOFF`](crate::DEFAULT_MAX_BACKOFF) (5 s).
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.config.initial_backoff = initial;
        self.config.max_backoff = max;
        self
    }

    /// Send every call through this proxy, e.g. `http://proxy.corp:3128` or
    /// `http://user:password@proxy.corp:3128` (an HTTPS endpoint is reached with CONNECT),
    /// loopback endpoints included, except hosts listed in `NO_PROXY`. The password never
    /// shows in `Debug` or errors. Default: the environment's `HTTPS_PROXY`/`HTTP_PROXY`/
    /// `NO_PROXY`, and no proxy for a loopback endpoint.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.transport.proxy = Some(ProxyUrl(url.into()));
        self
    }

    /// Trust this PEM root certificate too, beside the built-in roots (e.g. a corporate
    /// proxy's). May be called more than once. Default: the built-in roots only.
    pub fn root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.transport.root_certificates.push(pem.into());
        self
    }

    /// Send through this `reqwest::Client`, with its own proxy, TLS and connect-timeout
    /// settings; [`proxy`](Self::proxy) and [`root_certificate_pem`](Self::root_certificate_pem)
    /// cannot be combined with it. Default: a client tc3 builds.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.transport.own = Some(HttpClient(client));
        self
    }

    /// Calls `hook` after every attempt of every call with what it did: action, attempt
    /// number, status, latency, error, and why the call goes on ([`AttemptInfo`]), enough
    /// to export metrics. It runs on the calling task: keep it quick. Default: none.
    pub fn on_attempt(mut self, hook: impl Fn(&AttemptInfo<'_>) + Send + Sync + 'static) -> Self {
        self.on_attempt = Some(OnAttempt(Arc::new(hook)));
        self
    }

    /// The async client, or the first configuration error; what every mode builds on.
    pub(crate) fn build_async(self) -> Result<Client> {
        let endpoint = self.endpoint.as_deref().map(Endpoint::parse).transpose()?;
        let mut config = self.config;
        config.root_domain = match self.root_domain {
            Some(root) => root.into(),
            None => self.site.root_domain().into(),
        };
        config.language = self.language.unwrap_or(self.site.language());
        config.site = self.site;
        config.endpoint = endpoint;
        let credentials = match self.credentials {
            _ if self.unsigned => None,
            Some(provider) => Some(provider),
            // Keys from the environment or files are found now; roles at the first call.
            None => {
                let chain = DefaultChain::new();
                Some(chain.load_local()?.unwrap_or_else(|| Arc::new(chain)))
            }
        };
        config.check()?;
        let http = self.transport.build(config.endpoint.as_ref().is_some_and(|e| e.is_loopback))?;
        Ok(Client {
            shared: Arc::new(Shared {
                http,
                credentials,
                config,
                on_attempt: self.on_attempt,
                clock: Default::default(),
                rate_limiter: Default::default(),
                retry_budget: Default::default(),
            }),
        })
    }
}
