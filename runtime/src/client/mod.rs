//! The client: its public calls, which validate and serialize a request and hand it to the
//! attempt loop (`attempts`) that signs, sends (`transport`) and decodes it.

mod attempts;
mod builder;
mod clock;
mod config;
pub(crate) mod decode;
mod endpoint;
mod observe;
mod options;
mod rate_limit;
pub(crate) mod retry;
mod site;
mod sse;
mod stream;
mod tccli_site;
mod transport;

use std::sync::Arc;

use attempts::{Opened, Pace, Target};
pub use builder::{Async, ClientBuilder};
use clock::Clock;
use config::Config;
pub use config::{
    DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, Language,
};
use observe::OnAttempt;
pub use observe::{AttemptInfo, RetryReason};
pub use options::CallOptions;
use rate_limit::RateLimiter;
use retry::Budget;
pub use retry::{DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF};
pub use site::Site;
pub use stream::{DEFAULT_MAX_EVENT_BYTES, Event, EventStream};

use crate::credentials::ProvideCredentials;
use crate::{Action, Error, ErrorKind, Result, StreamingAction};

/// A Tencent Cloud API 3.0 client. Cheap to clone; clones share connections and settings.
#[derive(Debug, Clone)]
pub struct Client {
    shared: Arc<Shared>,
}

/// What a client and its clones share: connections, settings, the clock, pacing and the retry
/// budget.
#[derive(Debug)]
struct Shared {
    http: transport::HttpClient,
    /// `None` sends calls unsigned (`Authorization: SKIP`), as STS web-identity calls are.
    credentials: Option<Arc<dyn ProvideCredentials>>,
    config: Config,
    on_attempt: Option<OnAttempt>,
    clock: Clock,
    rate_limiter: RateLimiter,
    retry_budget: Budget,
}

impl Client {
    /// A builder with every default; see its setters.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: credentials from the default chain, and
    /// when set `TENCENTCLOUD_SITE` (`international` or `mainland`), `TENCENTCLOUD_ROOT_DOMAIN`
    /// (e.g. `internal.tencentcloudapi.com`), `TENCENTCLOUD_REGION` and `TENCENTCLOUD_ENDPOINT`
    /// (a full URL). Without the first two, the site and root domain of tccli's default
    /// profile (`~/.tccli/default.configure`, where `tccli configure set-root-domain` writes),
    /// when it has one.
    pub fn from_env() -> Result<Client> {
        let mut builder = Client::builder();
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let (site, root) = (env("TENCENTCLOUD_SITE"), env("TENCENTCLOUD_ROOT_DOMAIN"));
        if site.is_none() && root.is_none() {
            if let Some((site, root)) = tccli_site::from_profile("default")? {
                builder = builder.site(site).root_domain(root);
            }
        }
        if let Some(site) = site {
            builder = builder.site(Site::from_name(&site)?);
        }
        if let Some(root) = root {
            builder = builder.root_domain(root);
        }
        if let Some(region) = std::env::var("TENCENTCLOUD_REGION").ok().filter(|v| !v.is_empty()) {
            builder = builder.region(region);
        }
        if let Some(endpoint) = std::env::var("TENCENTCLOUD_ENDPOINT").ok().filter(|v| !v.is_empty()) {
            builder = builder.endpoint(endpoint);
        }
        builder.build()
    }

    /// Validates, signs and sends `request`; decodes its typed response.
    ///
    /// An invalid request fails with [`ErrorKind::Validation`] and sends nothing.
    pub async fn call<A: Action>(&self, request: A) -> Result<A::Response> {
        self.call_with(request, &CallOptions::new()).await
    }

    /// As [`call`](Client::call), with `options` changing this call's settings only.
    pub async fn call_with<A: Action>(&self, request: A, options: &CallOptions) -> Result<A::Response> {
        self.open(request, options, false).await?.decoded()
    }

    /// Validates, signs and sends `request`, an action that answers with a stream of
    /// server-sent events; the stream, one typed [`Event`] per event, once the service has
    /// accepted the call. A request with a `Stream` member has it set to `true`.
    ///
    /// A refusal (the usual JSON envelope with an error) is the returned error, with its
    /// code and request id, as from [`call`](Client::call); so are failures to connect,
    /// retried as for `call` until the stream opens, and never after. When the service
    /// answers with JSON rather than a stream, its response is the stream's one event.
    /// What can fail while the stream is read is described at [`EventStream`].
    ///
    /// Only actions that stream implement [`StreamingAction`]; any other is a compile error:
    ///
    /// ```compile_fail
    /// # async fn run(client: tc3_runtime::Client) {
    /// #[derive(serde::Serialize)]
    /// struct DescribeThings {}
    /// impl tc3_runtime::Action for DescribeThings {
    ///     type Response = serde_json::Value;
    ///     const SERVICE: &'static str = "cvm";
    ///     const VERSION: &'static str = "2017-03-12";
    ///     const ACTION: &'static str = "DescribeThings";
    /// }
    /// let events = client.call_stream(DescribeThings {}).await;
    /// # }
    /// ```
    pub async fn call_stream<A: StreamingAction>(&self, request: A) -> Result<EventStream<A::Response>> {
        self.call_stream_with(request, &CallOptions::new()).await
    }

    /// As [`call_stream`](Client::call_stream), with `options` changing this call's
    /// settings only; its attempt and call timeouts cover opening the stream, not reading it.
    pub async fn call_stream_with<A: StreamingAction>(
        &self,
        mut request: A,
        options: &CallOptions,
    ) -> Result<EventStream<A::Response>> {
        request.request_stream();
        match self.open(request, options, true).await? {
            Opened::Events(events) => Ok(*events),
            Opened::Decoded(response) => Ok(EventStream::one(response, None)),
        }
    }

    /// Checks, serializes and sends `request`; its answer decoded, or when `stream` and the
    /// service streams, the stream opened.
    async fn open<A: Action>(
        &self,
        mut request: A,
        options: &CallOptions,
        stream: bool,
    ) -> Result<Opened<A::Response>> {
        let tokened = match request.client_token() {
            Some(token) => {
                if token.is_empty() {
                    *token = new_client_token();
                }
                true
            }
            None => false,
        };
        site::check_action_site(A::SERVICE, A::ACTION, A::VERSION, A::SITES, self.shared.config.site)?;
        let violations = request.violations_on(self.shared.config.site);
        if !violations.is_empty() {
            return Err(Error::validation(violations));
        }
        let config = options.over(&self.shared.config)?;
        let body = request
            .into_payload()
            .map_err(|e| Error::new(ErrorKind::Config, "cannot serialize the request").with_source(e))?;
        let target = Target {
            config: &config,
            service: A::SERVICE,
            version: A::VERSION,
            action: A::ACTION,
            host: A::HOST,
            // A token makes every attempt the same request to the service.
            idempotent: A::IDEMPOTENT || tokened,
            pace: A::RATE_LIMIT.map(|rate| Pace { service: A::SERVICE, action: A::ACTION, rate }),
            stream,
        };
        attempts::execute(&self.shared, &target, body).await.map_err(|e| match e.code() {
            Some(code) if e.kind() == ErrorKind::Service => {
                let after = A::retry_after(code);
                e.with_retry_after(after)
            }
            _ => e,
        })
    }

    /// Sends an action with no request type: `params` is the JSON body; the answer's
    /// `Response` object (with `RequestId`) is returned as it is. Treated as not idempotent.
    pub async fn call_json(
        &self,
        service: &str,
        version: &str,
        action: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value> {
        self.call_json_with(service, version, action, params, &CallOptions::new()).await
    }

    /// As [`call_json`](Client::call_json), with `options` changing this call's settings only.
    pub async fn call_json_with(
        &self,
        service: &str,
        version: &str,
        action: &str,
        params: serde_json::Value,
        options: &CallOptions,
    ) -> Result<serde_json::Value> {
        if !params.is_object() {
            return Err(Error::config("call_json parameters must be a JSON object"));
        }
        let config = options.over(&self.shared.config)?;
        let body = serde_json::to_vec(&params)
            .map(crate::Payload::json)
            .map_err(|e| Error::new(ErrorKind::Config, "cannot serialize the parameters").with_source(e))?;
        let target = Target {
            config: &config,
            service,
            version,
            action,
            host: None,
            idempotent: false,
            pace: None,
            stream: false,
        };
        attempts::execute(&self.shared, &target, body).await?.decoded()
    }
}

/// A fresh idempotency token: a random UUID, as ClientToken members take (64 characters at
/// most).
fn new_client_token() -> String {
    uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid().to_string()
}
