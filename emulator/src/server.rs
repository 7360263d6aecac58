//! The HTTP side: a hyper server on loopback that routes the API (`POST /`) through fault
//! injection, the body limit, header checks, signature verification, rate limits, the
//! parameter check and the action (for another service of the catalogue: its spec's checks
//! and answer), and serves the inbox, the faults switch, the page, customers' own key pairs
//! and the files the download actions link to.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, DATE, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;

use crate::actions::{self, Ctx};
use crate::cassette::{self, Cassette, Recorder};
use crate::catalogue;
use crate::clock::{Clock, http_date};
use crate::envelope::{self, ApiError};
use crate::faults::Faults;
use crate::page::{self, LogEntry};
use crate::query_params;
use crate::schema::{self, SERVICE, VERSION};
use crate::sign_v1;
use crate::state::State;
use crate::state::random::Rng;
use crate::sts;
use crate::verify::{self, Keys, Signed};

/// The largest body the real service takes with TC3 signing: 10 MB.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;
/// Requests the page remembers.
const LOG_LEN: usize = 200;

type Body = Full<Bytes>;

#[derive(Debug)]
pub(crate) struct Shared {
    /// `http://` and the address served.
    pub(crate) url: String,
    pub(crate) keys: Keys,
    pub(crate) clock: Clock,
    pub(crate) seed: u64,
    pub(crate) state_path: Option<PathBuf>,
    pub(crate) started_at: u64,
    pub(crate) state: Mutex<State>,
    pub(crate) faults: Mutex<(Faults, Rng)>,
    pub(crate) log: Mutex<VecDeque<LogEntry>>,
    /// (caller, action) -> (second, requests in that second).
    pub(crate) limits: Mutex<HashMap<(String, String), (u64, u32)>>,
    pub(crate) requests: AtomicU64,
    pub(crate) rate_limits: bool,
    /// Calls of spec-driven services performed, by (service, action).
    pub(crate) performed: Mutex<HashMap<(String, String), u64>>,
    /// The first answer to each idempotency token.
    pub(crate) answers: Mutex<HashMap<TokenKey, Map<String, Value>>>,
    /// Recorded answers, for the services they hold.
    pub(crate) cassette: Option<Cassette>,
    /// When recording: where calls go instead, and the cassette they are written to.
    pub(crate) recorder: Option<Recorder>,
}

/// An idempotency token as the emulator keeps it: (service, action, caller, token).
pub(crate) type TokenKey = (String, String, String, String);

/// Locks, and keeps going after a panic elsewhere: the data are plain values.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Shared {
    /// The emulator's time, fault offset included.
    pub(crate) fn now(&self) -> u64 {
        let offset = lock(&self.faults).0.clock_offset_secs;
        self.clock.now().saturating_add_signed(offset)
    }
}

pub(crate) async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| handle(shared.clone(), req));
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> Result<Response<Body>, std::io::Error> {
    match (req.method(), req.uri().path()) {
        (&Method::GET, "/_emulator" | "/_emulator/") => {
            Ok(html(&render_page(&shared, &page::Filter::parse(req.uri().query().unwrap_or_default()))))
        }
        (&Method::GET, "/_emulator/inbox") => {
            let messages = lock(&shared.state).inbox.clone();
            Ok(json_response(StatusCode::OK, &json!({ "messages": messages })))
        }
        (&Method::GET, "/_emulator/customer-keys") => {
            let state = lock(&shared.state);
            let keys: Vec<Value> = state
                .customers
                .iter()
                .map(|c| {
                    let (secret_id, secret_key) = verify::customer_key_pair(shared.seed, c.uin);
                    json!({"uin": c.uin, "secretId": secret_id, "secretKey": secret_key})
                })
                .collect();
            Ok(json_response(StatusCode::OK, &json!({ "keys": keys })))
        }
        (&Method::GET, "/_emulator/faults") => {
            let faults = lock(&shared.faults).0.clone();
            Ok(json_response(StatusCode::OK, &json!(faults)))
        }
        (&Method::POST, "/_emulator/faults") => {
            let body = Limited::new(req.into_body(), 64 * 1024).collect().await.map(|b| b.to_bytes());
            match body.ok().and_then(|b| serde_json::from_slice::<Faults>(&b).ok()) {
                Some(faults) => {
                    lock(&shared.faults).0 = faults.clone();
                    Ok(json_response(StatusCode::OK, &json!(faults)))
                }
                None => Ok(json_response(StatusCode::BAD_REQUEST, &json!({"error": "expected the faults as JSON"}))),
            }
        }
        (&Method::GET, path) if path.starts_with(actions::downloads::PATH) => {
            let token = &path[actions::downloads::PATH.len()..];
            let now = shared.now();
            let file = actions::downloads::render(&lock(&shared.state), token, now);
            Ok(match file {
                Some(csv) => {
                    let mut response = Response::new(Full::new(Bytes::from(csv)));
                    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
                    response
                }
                None => json_response(StatusCode::NOT_FOUND, &json!({"error": "no such file"})),
            })
        }
        (&Method::GET, path) if path.starts_with(sts::METADATA_PATH) => Ok(match &path[sts::METADATA_PATH.len()..] {
            "" => text(sts::INSTANCE_ROLE),
            sts::INSTANCE_ROLE => json_response(
                StatusCode::OK,
                &sts::instance_role_keys(&shared.keys.temporary, shared.seed, shared.now()),
            ),
            _ => json_response(StatusCode::NOT_FOUND, &json!({"error": "no such role"})),
        }),
        (_, "/") => api(&shared, req).await,
        _ => Ok(json_response(StatusCode::NOT_FOUND, &json!({"error": "not found"}))),
    }
}

fn render_page(shared: &Shared, filter: &page::Filter) -> String {
    let log: Vec<LogEntry> = lock(&shared.log).iter().cloned().collect();
    let state = lock(&shared.state);
    page::render(&log, filter, &state.customers, &state.inbox, shared.started_at)
}

async fn api(shared: &Shared, req: Request<Incoming>) -> Result<Response<Body>, std::io::Error> {
    let started = Instant::now();
    let n = shared.requests.fetch_add(1, Ordering::Relaxed);
    let request_id = envelope::request_id(shared.seed, n);
    let decision = {
        let mut faults = lock(&shared.faults);
        let (faults, rng) = &mut *faults;
        faults.decide(rng)
    };
    if decision.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(decision.delay_ms)).await;
    }
    if decision.drop {
        return Err(std::io::Error::other("connection dropped by fault injection"));
    }
    if let Some(status) = decision.error_status {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
        return Ok(Response::builder()
            .status(status)
            .header(CONTENT_TYPE, "text/plain")
            .body(Full::new(Bytes::from_static(b"injected gateway failure\n")))
            .unwrap_or_default());
    }
    let (parts, body) = req.into_parts();
    let declared =
        parts.headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    let body = if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        None
    } else {
        match Limited::new(body, MAX_BODY_BYTES).collect().await {
            Ok(b) => Some(b.to_bytes()),
            Err(e) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => None,
            Err(e) => return Err(std::io::Error::other(e)),
        }
    };
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let mut action = header("x-tc-action").unwrap_or_default().to_owned();
    let now = shared.clock.now().saturating_add_signed(decision.clock_offset_secs);
    let mut caller = String::from("-");
    let mut service = String::from("-");
    let mut request = Bytes::new();
    let outcome = match body {
        None => Err(ApiError::new("RequestSizeLimitExceeded", "The request body is larger than 10 MB.")),
        Some(body) => {
            let signed = Signed {
                method: parts.method.as_str(),
                path: parts.uri.path(),
                query: parts.uri.query().unwrap_or_default(),
                host: header("host").unwrap_or_default(),
                content_type: header("content-type").unwrap_or_default(),
                authorization: header("authorization"),
                timestamp: header("x-tc-timestamp"),
                token: header("x-tc-token"),
                unsigned_payload: header("x-tc-content-sha256") == Some("UNSIGNED-PAYLOAD"),
                payload: &body,
            };
            let legacy = sign_v1::Call::of(&signed);
            let (version, region) = match &legacy {
                Some(call) => {
                    call.get("Action").unwrap_or_default().clone_into(&mut action);
                    (call.get("Version"), call.get("Region"))
                }
                None => (header("x-tc-version"), header("x-tc-region")),
            };
            let call = ApiCall { signed: &signed, legacy: legacy.as_ref(), action: &action, version, region };
            service_of(&signed).clone_into(&mut service);
            request = if body.is_empty() { Bytes::copy_from_slice(signed.query.as_bytes()) } else { page::kept(&body) };
            match &shared.recorder {
                Some(recorder) => recorded(shared, recorder, &call, now, &mut caller).await,
                None => process(shared, &call, decision.throttle, now, &mut caller),
            }
        }
    };
    let body = Bytes::from(match &outcome {
        Ok(fields) => envelope::ok_body(fields.clone(), &request_id),
        Err(e) => envelope::error_body(e, &request_id),
    });
    let entry = LogEntry {
        at: now,
        action: if action.is_empty() { "-".into() } else { action },
        service,
        caller,
        outcome: outcome.as_ref().map_or_else(|e| e.code.to_string(), |_| "OK".into()),
        latency_us: u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
        request,
        answer: page::kept(&body),
    };
    let mut log = lock(&shared.log);
    if log.len() == LOG_LEN {
        log.pop_front();
    }
    log.push_back(entry);
    drop(log);
    if decision.lose {
        return Err(std::io::Error::other("answer lost by fault injection"));
    }
    let mut response = Response::new(Full::new(body));
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(date) = HeaderValue::from_str(&http_date(now)) {
        response.headers_mut().insert(DATE, date);
    }
    Ok(response)
}

/// What `process` reads of a request.
struct ApiCall<'a> {
    signed: &'a Signed<'a>,
    /// The call's parameters when it is signed the v1 way.
    legacy: Option<&'a sign_v1::Call>,
    action: &'a str,
    version: Option<&'a str>,
    region: Option<&'a str>,
}

impl<'a> ApiCall<'a> {
    /// The call as a cassette records and matches it.
    fn for_cassette(&self, service: &'a str, params: &'a Value) -> cassette::Call<'a> {
        let (action, version, region) = (self.action, self.version.unwrap_or_default(), self.region);
        cassette::Call { service, version, action, region, params }
    }
}

/// The two ways the emulator takes calls in, and an action named.
fn check_form(call: &ApiCall<'_>) -> Result<(), ApiError> {
    let (signed, legacy, action) = (call.signed, call.legacy, call.action);
    // The official SDKs send TC3 calls as a JSON POST, or as a GET with the parameters in
    // the query string (`HttpProfile(reqMethod="GET")`); v1 calls as a form POST or a GET.
    let from_query = signed.method == "GET" && signed.content_type.starts_with("application/x-www-form-urlencoded");
    let json_post = signed.method == "POST" && signed.content_type.starts_with("application/json");
    if !from_query && !json_post && legacy.is_none() {
        return Err(ApiError::new(
            "InvalidParameter",
            "The emulator serves TC3-HMAC-SHA256 calls as POST with Content-Type application/json, or as GET with \
             Content-Type application/x-www-form-urlencoded, and v1 (HmacSHA1, HmacSHA256) calls form-encoded.",
        ));
    }
    if action.is_empty() {
        let what = if legacy.is_some() { "the parameter `Action`" } else { "the X-TC-Action header" };
        return Err(ApiError::new("MissingParameter", format!("The request is missing {what}.")));
    }
    Ok(())
}

/// Verifies the call's signature for `service`; the caller's secret id goes into `caller`.
fn verify_for(
    shared: &Shared,
    call: &ApiCall<'_>,
    service: &str,
    now: u64,
    caller: &mut String,
) -> Result<(), ApiError> {
    let is_customer = |uin: u64| lock(&shared.state).customers.iter().any(|c| c.uin == uin);
    let secret_id = match call.legacy {
        Some(legacy) => legacy.verify(call.signed, &shared.keys, now, &is_customer)?,
        None => verify::verify(call.signed, &shared.keys, service, now, &is_customer)?,
    };
    secret_id.clone_into(caller);
    Ok(())
}

/// When recording: the call, verified, sent on to the real service.
async fn recorded(
    shared: &Shared,
    recorder: &Recorder,
    call: &ApiCall<'_>,
    now: u64,
    caller: &mut String,
) -> Result<Map<String, Value>, ApiError> {
    check_form(call)?;
    let service = service_of(call.signed);
    verify_for(shared, call, service, now, caller)?;
    let params = params_of(call)?;
    recorder.forward(call.for_cassette(service, &params)).await
}

/// The gateway's checks in the real service's order, then the action.
fn process(
    shared: &Shared,
    call: &ApiCall<'_>,
    throttle: bool,
    now: u64,
    caller: &mut String,
) -> Result<Map<String, Value>, ApiError> {
    let ApiCall { signed, legacy, action, version, .. } = *call;
    check_form(call)?;
    if sts::is_sts_call(action, version) {
        if legacy.is_some() {
            return Err(ApiError::new("InvalidParameter", "The emulator's STS takes TC3-HMAC-SHA256 calls only."));
        }
        return sts_call(shared, signed, action, now, caller);
    }
    let service = service_of(signed);
    if let Some(cassette) = shared.cassette.as_ref().filter(|c| c.has_service(service)) {
        verify_for(shared, call, service, now, caller)?;
        if throttle {
            return Err(throttled(action));
        }
        let params = params_of(call)?;
        return cassette.answer(call.for_cassette(service, &params));
    }
    if service != SERVICE && catalogue::has_service(service) {
        return catalogue_call(shared, call, service, throttle, now, caller);
    }
    if !schema::spec().actions.contains_key(action) {
        return Err(ApiError::new("InvalidAction", format!("The action `{action}` does not exist in {SERVICE}.")));
    }
    match version {
        None | Some("") => {
            return Err(ApiError::new("MissingParameter", "The request is missing the X-TC-Version header."));
        }
        Some(VERSION) => {}
        Some(other) => {
            return Err(ApiError::new("NoSuchVersion", format!("The version `{other}` of {SERVICE} does not exist.")));
        }
    }
    verify_for(shared, call, SERVICE, now, caller)?;
    let secret_id = caller.as_str();
    let customer = verify::customer_uin(secret_id).filter(|_| !shared.keys.is_fixed(secret_id));
    if throttle || over_rate_limit(shared, secret_id, action, now) {
        return Err(ApiError::new(
            "RequestLimitExceeded",
            format!("Too many {action} requests; at most {} per second are allowed.", actions::rate_limit(action)),
        ));
    }
    let mut params = params_of(call)?;
    schema::check_input(action, &mut params)?;
    let mut state = lock(&shared.state);
    let result = actions::run(
        action,
        &params,
        &mut Ctx { state: &mut state, now, caller: secret_id, customer, url: &shared.url },
    );
    if result.is_ok() && actions::changes_state(action) {
        if let Some(path) = &shared.state_path {
            if let Err(e) = state.save(path) {
                eprintln!("tc3-emulator: could not save state to {}: {e}", path.display());
            }
        }
    }
    result
}

/// The call's parameters: from the v1 form, the query string of a GET, or the JSON body.
fn params_of(call: &ApiCall<'_>) -> Result<Value, ApiError> {
    let signed = call.signed;
    match call.legacy {
        Some(legacy) => legacy.params(),
        None if signed.method == "GET" => query_params::parse(signed.query),
        None => serde_json::from_slice(signed.payload)
            .map_err(|_| ApiError::new("InvalidParameter", "The request body is not valid JSON.")),
    }
}

/// The service a call is for, as the real gateway routes it: by its `Host`
/// (`cvm.intl.tencentcloudapi.com`), else (on loopback) by the service its TC3 signature's
/// credential scope names, else the partner API.
fn service_of<'a>(signed: &Signed<'a>) -> &'a str {
    let host = signed.host.split(':').next().unwrap_or_default();
    match host.split_once('.') {
        Some((service, domain)) if domain.ends_with("tencentcloudapi.com") => service,
        _ => signed.authorization.and_then(verify::scope_service).unwrap_or(SERVICE),
    }
}

/// A call to a service of the catalogue, answered from its spec.
fn catalogue_call(
    shared: &Shared,
    call: &ApiCall<'_>,
    service: &str,
    throttle: bool,
    now: u64,
    caller: &mut String,
) -> Result<Map<String, Value>, ApiError> {
    let (action, version) = (call.action, call.version);
    let found = catalogue::check_call(service, action, version)?;
    verify_for(shared, call, service, now, caller)?;
    let secret_id = caller.as_str();
    if throttle {
        return Err(throttled(action));
    }
    let mut params = params_of(call)?;
    // A repeated idempotency token gets the first answer, and nothing is performed again.
    let token = params.get("ClientToken").and_then(Value::as_str).filter(|t| !t.is_empty());
    let key = token.map(|t| (service.to_owned(), action.to_owned(), secret_id.to_owned(), t.to_owned()));
    if let Some(first) = key.as_ref().and_then(|key| lock(&shared.answers).get(key).cloned()) {
        return Ok(first);
    }
    let answer = found.answer(action, &mut params)?;
    *lock(&shared.performed).entry((service.to_owned(), action.to_owned())).or_default() += 1;
    if let Some(key) = key {
        lock(&shared.answers).insert(key, answer.clone());
    }
    Ok(answer)
}

/// AssumeRole must be signed with a key the emulator knows; AssumeRoleWithWebIdentity is
/// sent unsigned (`Authorization: SKIP`) and vouched for by its token.
fn sts_call(
    shared: &Shared,
    signed: &Signed<'_>,
    action: &str,
    now: u64,
    caller: &mut String,
) -> Result<Map<String, Value>, ApiError> {
    if action == "AssumeRole" {
        let is_customer = |uin: u64| lock(&shared.state).customers.iter().any(|c| c.uin == uin);
        verify::verify(signed, &shared.keys, sts::SERVICE, now, &is_customer)?.clone_into(caller);
    } else {
        "web identity".clone_into(caller);
    }
    let params: Value = serde_json::from_slice(signed.payload)
        .map_err(|_| ApiError::new("InvalidParameter", "The request body is not valid JSON."))?;
    sts::run(action, &params, &shared.keys.temporary, shared.seed, now)
}

/// The refusal of a call the throttle fault picked.
fn throttled(action: &str) -> ApiError {
    ApiError::new("RequestLimitExceeded", format!("Too many {action} requests."))
}

fn over_rate_limit(shared: &Shared, caller: &str, action: &str, now: u64) -> bool {
    if !shared.rate_limits {
        return false;
    }
    let mut limits = lock(&shared.limits);
    let slot = limits.entry((caller.to_owned(), action.to_owned())).or_insert((now, 0));
    if slot.0 != now {
        *slot = (now, 0);
    }
    slot.1 += 1;
    slot.1 > actions::rate_limit(action)
}

fn json_response(status: StatusCode, value: &Value) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(serde_json::to_vec(value).unwrap_or_default())));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn text(body: &str) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_owned())));
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

fn html(text: &str) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(text.to_owned())));
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    response
}
