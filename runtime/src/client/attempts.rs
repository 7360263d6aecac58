//! The attempt loop: one call from its serialized body to its decoded answer, under the call
//! timeout; each attempt paced, signed, sent, classified and reported, until success, a final
//! error, or the end of the attempts or retry budget.

use std::time::Instant;

use serde::de::DeserializeOwned;
use tracing::Instrument;

use super::Shared;
use super::config::Config;
use super::decode;
use super::observe::{AttemptInfo, RetryReason};
use super::retry::{self, classify, classify::Verdict};
use super::stream::{self, EventStream};
use super::transport;
use crate::{Error, ErrorKind, Payload, Result, sign};

/// The Authorization value of an unsigned call, as the official SDKs send it.
const UNSIGNED: &str = "SKIP";

/// What identifies one call on the wire, and the settings it is made with.
pub(super) struct Target<'a> {
    pub(super) config: &'a Config,
    pub(super) service: &'a str,
    pub(super) version: &'a str,
    pub(super) action: &'a str,
    /// The action's own host, [`Action::HOST`](crate::Action::HOST).
    pub(super) host: Option<&'a str>,
    pub(super) idempotent: bool,
    /// The action's documented rate, for client-side pacing.
    pub(super) pace: Option<Pace>,
    /// Whether an answer of server-sent events is kept open as a stream rather than read.
    pub(super) stream: bool,
}

/// An action's documented rate limit: `rate` calls a second, counted per service and action.
pub(super) struct Pace {
    pub(super) service: &'static str,
    pub(super) action: &'static str,
    pub(super) rate: u32,
}

/// What a successful call opened: its answer decoded, or its stream of events, unread.
pub(super) enum Opened<T> {
    Decoded(T),
    /// Boxed: a stream's reader is large, and `Decoded` is the common case.
    Events(Box<EventStream<T>>),
}

impl<T> Opened<T> {
    /// The decoded answer of a call made with `stream: false`, which never opens a stream.
    pub(super) fn decoded(self) -> Result<T> {
        match self {
            Opened::Decoded(response) => Ok(response),
            Opened::Events(_) => Err(Error::new(ErrorKind::Decode, "answer is a stream of events")),
        }
    }
}

/// A successful attempt's answer.
struct Answered<T> {
    response: Opened<T>,
    status: u16,
    request_id: Option<String>,
}

/// Makes the call `target` with `body`, within its call timeout, and traces how it ended.
pub(super) async fn execute<T: DeserializeOwned>(
    shared: &Shared,
    target: &Target<'_>,
    body: Payload,
) -> Result<Opened<T>> {
    let span = tracing::debug_span!("tc3.call", service = target.service, action = target.action);
    let started = Instant::now();
    let outcome = tokio::time::timeout(target.config.call_timeout, attempts(shared, target, &body))
        .instrument(span.clone())
        .await
        .unwrap_or_else(|_| Err(settle(target, Error::new(ErrorKind::Timeout, "call timeout expired"))));
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
async fn attempts<T: DeserializeOwned>(shared: &Shared, target: &Target<'_>, body: &Payload) -> Result<Opened<T>> {
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
        let error = match send(shared, target, body).instrument(span).await {
            Ok(answered) => {
                shared.retry_budget.earn();
                report(shared, target, attempt, sent, Ok((answered.status, answered.request_id.as_deref())), None);
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
                report(shared, target, attempt, sent, Err(&error), Some(RetryReason::ClockSkew));
                tracing::debug!("clock skew learned from the server; signing again");
                continue;
            }
            Verdict::Stop => None,
            Verdict::Retry(reason) => Some(reason),
        };
        let reason = reason.filter(|_| attempt < config.max_attempts && shared.retry_budget.try_spend());
        report(shared, target, attempt, sent, Err(&error), reason);
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
    shared: &Shared,
    target: &Target<'_>,
    attempt: u32,
    sent: Instant,
    outcome: std::result::Result<(u16, Option<&str>), &Error>,
    retry: Option<RetryReason>,
) {
    let Some(hook) = &shared.on_attempt else { return };
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

/// One attempt: credentials, endpoint, signature, the request sent, its answer read and decoded.
async fn send<T: DeserializeOwned>(shared: &Shared, target: &Target<'_>, body: &Payload) -> Result<Answered<T>> {
    let credentials = match &shared.credentials {
        Some(provider) => Some(provider.credentials().await?),
        None => None,
    };
    let default_endpoint;
    let endpoint = match &target.config.endpoint {
        Some(e) => e,
        None => {
            default_endpoint = target.config.default_endpoint(target.service, target.host)?;
            &default_endpoint
        }
    };
    let timestamp = shared.clock.now();
    let authorization = match &credentials {
        Some(c) => sign::sign(
            c,
            &sign::Request {
                content_type: body.content_type(),
                ..sign::Request::post_json(target.service, &endpoint.host, timestamp, body.bytes())
            },
        ),
        None => UNSIGNED.to_owned(),
    };
    let token = credentials.as_ref().and_then(crate::Credentials::token);
    let mut request = reqwest::Request::new(reqwest::Method::POST, endpoint.url.clone());
    transport::Headers {
        host: &endpoint.host,
        payload: body,
        action: target.action,
        version: target.version,
        timestamp,
        language: target.config.language,
        region: target.config.region.as_deref(),
        token,
        authorization: &authorization,
    }
    .write(request.headers_mut())?;
    // Shared, not copied, by every attempt.
    *request.body_mut() = Some(body.shared_bytes().clone().into());
    let response = if target.stream {
        // reqwest's timeout would cover reading the body too, and so cut a long stream: the
        // attempt timeout covers the answer's head only.
        match tokio::time::timeout(target.config.attempt_timeout, shared.http.0.execute(request)).await {
            Ok(sent) => sent.map_err(|e| settle(target, transport::error(e)))?,
            Err(_) => return Err(settle(target, Error::new(ErrorKind::Timeout, "attempt timeout expired"))),
        }
    } else {
        *request.timeout_mut() = Some(target.config.attempt_timeout);
        shared.http.0.execute(request).await.map_err(|e| settle(target, transport::error(e)))?
    };
    let status = response.status().as_u16();
    if let Some(date) = response.headers().get(reqwest::header::DATE).and_then(|d| d.to_str().ok()) {
        shared.clock.observe(date);
    }
    // A server may echo the whole Authorization value or only its signature.
    let signature = authorization.rsplit_once("Signature=").map(|(_, signature)| signature);
    let secrets: Vec<&str> = token.into_iter().chain([authorization.as_str()]).chain(signature).collect();
    if target.stream && (200..300).contains(&status) && stream::is_event_stream(&response) {
        let secrets = secrets.iter().map(|s| (*s).to_owned()).collect();
        let events = EventStream::events(response, secrets, target.config.max_event_bytes);
        let request_id = events.request_id().map(str::to_owned);
        tracing::debug!(status, request_id, "stream opened");
        return Ok(Answered { response: Opened::Events(Box::new(events)), status, request_id });
    }
    if !target.stream && (200..300).contains(&status) && stream::is_event_stream(&response) {
        // A stream is not one answer: say how to read it rather than fail to decode it.
        let request_id = stream::request_id(&response);
        let message = format!("{} answered with a stream of events: read it with `Client::call_stream`", target.action);
        return Err(Error::new(ErrorKind::Decode, message).with_request_id(request_id));
    }
    let bytes =
        transport::read_body(response, target.config.max_response_bytes).await.map_err(|e| settle(target, e))?;
    let (response, request_id) = decode::decode(status, &bytes, &secrets)?;
    tracing::debug!(status, request_id, "answer decoded");
    let response = if target.stream {
        Opened::Events(Box::new(EventStream::one(response, request_id.clone())))
    } else {
        Opened::Decoded(response)
    };
    Ok(Answered { response, status, request_id })
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
