//! The client: validates, signs, sends and decodes calls.

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
mod tccli_site;
mod transport;

use std::sync::Arc;
use std::time::Instant;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HOST, HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use tracing::Instrument;

pub use builder::{
    Async, ClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES, Language,
};
use clock::Clock;
use config::Config;
use endpoint::Endpoint;
use observe::OnAttempt;
pub use observe::{AttemptInfo, RetryReason};
pub use options::CallOptions;
use rate_limit::RateLimiter;
use retry::Budget;
use retry::classify::{self, Verdict};
pub use retry::{DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF};
pub use site::Site;

use crate::credentials::ProvideCredentials;
use crate::{Action, Error, ErrorKind, Result, sign};

/// `User-Agent` and `X-TC-RequestClient` of every request.
const USER_AGENT: &str = concat!("tc3/", env!("CARGO_PKG_VERSION"));
const CONTENT_TYPE_JSON: &str = "application/json";
/// The Authorization value of an unsigned call, as the official SDKs send it.
const UNSIGNED: &str = "SKIP";

// Header names built once, not parsed for every request.
const X_TC_ACTION: HeaderName = HeaderName::from_static("x-tc-action");
const X_TC_VERSION: HeaderName = HeaderName::from_static("x-tc-version");
const X_TC_TIMESTAMP: HeaderName = HeaderName::from_static("x-tc-timestamp");
const X_TC_REQUEST_CLIENT: HeaderName = HeaderName::from_static("x-tc-requestclient");
const X_TC_LANGUAGE: HeaderName = HeaderName::from_static("x-tc-language");
const X_TC_REGION: HeaderName = HeaderName::from_static("x-tc-region");
const X_TC_TOKEN: HeaderName = HeaderName::from_static("x-tc-token");

/// A Tencent Cloud API 3.0 client. Cheap to clone; clones share connections and settings.
#[derive(Debug, Clone)]
pub struct Client {
    shared: Arc<Shared>,
}

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

/// What identifies one call on the wire, and the settings it is made with.
struct Target<'a> {
    config: &'a Config,
    service: &'a str,
    version: &'a str,
    action: &'a str,
    idempotent: bool,
    /// The action's documented rate, for client-side pacing.
    pace: Option<Pace>,
}

/// A successful attempt's answer.
struct Answered<T> {
    response: T,
    status: u16,
    request_id: Option<String>,
}

struct Pace {
    service: &'static str,
    action: &'static str,
    rate: u32,
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
    pub async fn call_with<A: Action>(&self, mut request: A, options: &CallOptions) -> Result<A::Response> {
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
            .to_wire()
            .map_err(|e| Error::new(ErrorKind::Config, "cannot serialize the request").with_source(e))?;
        let target = Target {
            config: &config,
            service: A::SERVICE,
            version: A::VERSION,
            action: A::ACTION,
            // A token makes every attempt the same request to the service.
            idempotent: A::IDEMPOTENT || tokened,
            pace: A::RATE_LIMIT.map(|rate| Pace { service: A::SERVICE, action: A::ACTION, rate }),
        };
        self.execute(&target, body).await.map_err(|e| match e.code() {
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
            .map_err(|e| Error::new(ErrorKind::Config, "cannot serialize the parameters").with_source(e))?;
        let target = Target { config: &config, service, version, action, idempotent: false, pace: None };
        self.execute(&target, body).await
    }

    async fn execute<T: DeserializeOwned>(&self, target: &Target<'_>, body: Vec<u8>) -> Result<T> {
        // Shared, not copied, by every attempt.
        let body = bytes::Bytes::from(body);
        let span = tracing::debug_span!("tc3.call", service = target.service, action = target.action);
        let started = Instant::now();
        let outcome = tokio::time::timeout(target.config.call_timeout, self.attempts(target, &body))
            .instrument(span.clone())
            .await
            .unwrap_or_else(|_| Err(self.timed_out(target, "call")));
        let _enter = span.enter();
        match &outcome {
            Ok(_) => tracing::debug!(latency_ms = started.elapsed().as_millis() as u64, "call succeeded"),
            Err(e) => tracing::debug!(
                latency_ms = started.elapsed().as_millis() as u64,
                kind = ?e.kind(),
                code = e.code(),
                request_id = e.request_id(),
                "call failed"
            ),
        }
        outcome
    }

    /// Attempts until success, a final error, or the end of the attempts or retry budget;
    /// each attempt is paced, re-signed with a fresh timestamp, traced and reported.
    async fn attempts<T: DeserializeOwned>(&self, target: &Target<'_>, body: &bytes::Bytes) -> Result<T> {
        let shared = &*self.shared;
        let config = target.config;
        let mut attempt = 1;
        let mut resigned_for_skew = false;
        loop {
            if let Some(pace) = target.pace.as_ref().filter(|_| config.pacing) {
                shared.rate_limiter.acquire(pace.service, pace.action, pace.rate).await;
            }
            let signed_at = shared.clock.now();
            let span = tracing::debug_span!("tc3.attempt", attempt);
            let sent = Instant::now();
            let error = match self.attempt(target, body).instrument(span).await {
                Ok(answered) => {
                    shared.retry_budget.earn();
                    self.report(target, attempt, sent, Ok((answered.status, answered.request_id.as_deref())), None);
                    return Ok(answered.response);
                }
                Err(e) => e,
            };
            let call = classify::Call {
                idempotent: target.idempotent,
                clock_corrected: !resigned_for_skew && shared.clock.now().abs_diff(signed_at) > 60,
            };
            let reason = match classify::verdict(&error, call) {
                Verdict::SignAgain => {
                    resigned_for_skew = true;
                    self.report(target, attempt, sent, Err(&error), Some(RetryReason::ClockSkew));
                    tracing::debug!("clock skew learned from the server; signing again");
                    continue;
                }
                Verdict::Stop => None,
                Verdict::Retry(reason) => Some(reason),
            };
            let reason = reason.filter(|_| attempt < config.max_attempts && shared.retry_budget.try_spend());
            self.report(target, attempt, sent, Err(&error), reason);
            let Some(reason) = reason else { return Err(error) };
            let wait = retry::backoff(attempt, config.initial_backoff, config.max_backoff);
            tracing::debug!(
                attempt,
                ?reason,
                kind = ?error.kind(),
                code = error.code(),
                wait_ms = wait.as_millis() as u64,
                "retrying"
            );
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// Tells the `on_attempt` hook, if any, how attempt `attempt`, sent at `sent`, ended.
    fn report(
        &self,
        target: &Target<'_>,
        attempt: u32,
        sent: Instant,
        outcome: std::result::Result<(u16, Option<&str>), &Error>,
        retry: Option<RetryReason>,
    ) {
        let Some(hook) = &self.shared.on_attempt else { return };
        let (status, request_id, error) = match outcome {
            Ok((status, request_id)) => (Some(status), request_id, None),
            Err(e) => (e.status(), e.request_id(), Some(e)),
        };
        (hook.0)(&AttemptInfo {
            service: target.service,
            version: target.version,
            action: target.action,
            attempt,
            status,
            latency: sent.elapsed(),
            request_id,
            error,
            retry,
        });
    }

    async fn attempt<T: DeserializeOwned>(&self, target: &Target<'_>, body: &bytes::Bytes) -> Result<Answered<T>> {
        let shared = &*self.shared;
        let credentials = match &shared.credentials {
            Some(provider) => Some(provider.credentials().await?),
            None => None,
        };
        let default_endpoint;
        let endpoint = match &target.config.endpoint {
            Some(e) => e,
            None => {
                default_endpoint = Endpoint::for_service(target.service, &target.config.root_domain)?;
                &default_endpoint
            }
        };
        let timestamp = shared.clock.now();
        let authorization = match &credentials {
            Some(c) => sign::sign(c, &sign::Request::post_json(target.service, &endpoint.host, timestamp, body)),
            None => UNSIGNED.to_owned(),
        };
        let mut request = reqwest::Request::new(reqwest::Method::POST, endpoint.url.clone());
        self.write_headers(
            request.headers_mut(),
            target,
            &endpoint.host,
            timestamp,
            credentials.as_ref(),
            &authorization,
        )?;
        *request.timeout_mut() = Some(target.config.attempt_timeout);
        *request.body_mut() = Some(body.clone().into());
        let response = shared.http.0.execute(request).await.map_err(|e| self.transport_error(target, e))?;
        let status = response.status().as_u16();
        if let Some(date) = response.headers().get(reqwest::header::DATE).and_then(|d| d.to_str().ok()) {
            shared.clock.observe(date);
        }
        let bytes = self.read_body(target, response).await?;
        let token = credentials.as_ref().and_then(crate::Credentials::token);
        // A server may echo the whole Authorization value or only its signature.
        let signature = authorization.rsplit_once("Signature=").map(|(_, signature)| signature);
        let secrets: Vec<&str> = token.into_iter().chain([authorization.as_str()]).chain(signature).collect();
        let (response, request_id) = decode::decode(status, &bytes, &secrets)?;
        tracing::debug!(status, request_id, "answer decoded");
        Ok(Answered { response, status, request_id })
    }

    fn write_headers(
        &self,
        headers: &mut HeaderMap,
        target: &Target<'_>,
        host: &str,
        timestamp: u64,
        credentials: Option<&crate::Credentials>,
        authorization: &str,
    ) -> Result<()> {
        let value = |name: &str, v: &str| {
            HeaderValue::from_str(v)
                .map_err(|_| Error::config(format!("{name} contains characters not allowed in a header")))
        };
        headers.reserve(10);
        headers.insert(HOST, value("host", host)?);
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE_JSON));
        headers.insert(X_TC_ACTION, value("action", target.action)?);
        headers.insert(X_TC_VERSION, value("version", target.version)?);
        headers.insert(X_TC_TIMESTAMP, HeaderValue::from(timestamp));
        headers.insert(X_TC_REQUEST_CLIENT, HeaderValue::from_static(USER_AGENT));
        headers.insert(X_TC_LANGUAGE, HeaderValue::from_static(target.config.language.as_str()));
        if let Some(region) = &target.config.region {
            headers.insert(X_TC_REGION, value("region", region)?);
        }
        if let Some(token) = credentials.and_then(crate::Credentials::token) {
            let mut token = value("token", token)?;
            token.set_sensitive(true);
            headers.insert(X_TC_TOKEN, token);
        }
        let mut authorization = value("authorization", authorization)?;
        authorization.set_sensitive(true);
        headers.insert(AUTHORIZATION, authorization);
        Ok(())
    }

    /// Reads the answer, refusing bodies over the configured cap.
    async fn read_body(&self, target: &Target<'_>, mut response: reqwest::Response) -> Result<Vec<u8>> {
        let cap = target.config.max_response_bytes;
        let status = response.status().as_u16();
        let too_large =
            || Error::new(ErrorKind::Decode, format!("answer is larger than the {cap}-byte limit")).with_status(status);
        if response.content_length().is_some_and(|len| len > cap as u64) {
            return Err(too_large());
        }
        let mut body = Vec::with_capacity(response.content_length().map_or(1024, |l| l as usize));
        while let Some(chunk) = response.chunk().await.map_err(|e| self.transport_error(target, e))? {
            if body.len() + chunk.len() > cap {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn transport_error(&self, target: &Target<'_>, e: reqwest::Error) -> Error {
        let error = if e.is_connect() {
            Error::new(ErrorKind::Connect, "cannot connect to the endpoint")
        } else if e.is_timeout() {
            Error::new(ErrorKind::Timeout, "attempt timeout expired")
        } else {
            Error::new(ErrorKind::Transport, "the connection failed during the call")
        };
        settle(target, error.with_source(e))
    }

    fn timed_out(&self, target: &Target<'_>, which: &str) -> Error {
        settle(target, Error::new(ErrorKind::Timeout, format!("{which} timeout expired")))
    }
}

/// `error` as the caller gets it: a failure that leaves it unknown whether the action took
/// effect becomes [`ErrorKind::OutcomeUnknown`], saying so.
fn settle(target: &Target<'_>, error: Error) -> Error {
    if !classify::leaves_outcome_unknown(error.kind(), target.idempotent) {
        return error;
    }
    let message =
        format!("{}; {} may or may not have taken effect and was not repeated", error.message(), target.action);
    error.into_kind(ErrorKind::OutcomeUnknown, message)
}

/// A fresh idempotency token: a random UUID, as ClientToken members take (64 characters at
/// most).
fn new_client_token() -> String {
    uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid().to_string()
}
