//! The API gateway, apart from HTTP: a request's checks in the real service's order
//! (signature and timestamp, version, action, rate limits, parameters), then what answers
//! it (the partner API's model, a service's spec, a cassette, or the real service when
//! recording), the envelope and the page's log entry. The HTTP layer (`server`) hands it
//! plain values; tests call it without a socket.

mod performed;
mod rate_limits;
mod services;
mod stream;
#[cfg(test)]
pub(crate) mod tests;

use std::sync::OnceLock;
use std::time::Instant;

use bytes::Bytes;
use http::{HeaderMap, Method, Uri};
use serde_json::{Map, Value};

use crate::cassette;
use crate::catalogue;
use crate::envelope::{self, ApiError};
use crate::faults::Decision;
use crate::page;
use crate::query_params;
use crate::request_log::LogEntry;
use crate::schema::SERVICE;
use crate::shared::Shared;
use crate::sign_v1;
use crate::sts;
use crate::verify::{self, Signed};
use tc3_codegen::spec::Site;

/// The largest body the real service takes with TC3 signing: 10 MB.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

/// An API request as the gateway reads it.
#[derive(Debug)]
pub(crate) struct ApiRequest {
    pub(crate) method: Method,
    pub(crate) uri: Uri,
    pub(crate) headers: HeaderMap,
    /// `None`: the body was longer than [`MAX_BODY_BYTES`].
    pub(crate) body: Option<Bytes>,
}

/// The gateway's answer: the envelope, and the time it was given at (the `Date` header);
/// for a streamed call, the events that are sent instead of the envelope.
#[derive(Debug)]
pub(crate) struct Answered {
    pub(crate) body: Bytes,
    pub(crate) at: u64,
    pub(crate) stream: Option<Events>,
}

pub(crate) use performed::Performed;
pub(crate) use rate_limits::RateLimits;
pub(crate) use stream::Events;

/// Answers `request` with the faults `decision` holds for the gateway (throttling, the
/// clock's offset), and adds it to the page's log.
pub(crate) async fn answer(shared: &Shared, request: ApiRequest, decision: Decision) -> Answered {
    let started = Instant::now();
    let request_id = shared.next_request_id();
    let ApiRequest { method, uri, headers, body } = request;
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let mut action = header("x-tc-action").unwrap_or_default().to_owned();
    let now = shared.clock.now().saturating_add_signed(decision.clock_offset_secs);
    let mut service = String::from("-");
    let mut params = Bytes::new();
    // When recording, the real service's: its answer or refusal goes back with its id.
    let mut upstream_request_id = None;
    let mut streamed = None;
    let mut caller = None;
    let outcome = match body {
        None => Err(ApiError::new("RequestSizeLimitExceeded", "The request body is larger than 10 MB.")),
        Some(body) => {
            let signed = Signed {
                method: method.as_str(),
                path: uri.path(),
                query: uri.query().unwrap_or_default(),
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
            let (legacy, throttle) = (legacy.as_ref(), decision.throttle);
            let routed = service_of(&signed);
            routed.clone_into(&mut service);
            let uploaded = catalogue::upload::params(routed, version, &action, &headers);
            let formed = catalogue::form::params(routed, version, &action, signed.content_type, &body);
            let site = site_of(signed.host);
            let call = ApiCall {
                signed: &signed,
                legacy,
                service: routed,
                site,
                action: &action,
                version,
                region,
                now,
                throttle,
                uploaded: uploaded.as_ref(),
                formed: formed.as_ref(),
                caller: OnceLock::new(),
            };
            params = if body.is_empty() { Bytes::copy_from_slice(signed.query.as_bytes()) } else { page::kept(&body) };
            let outcome = match &shared.recorder {
                Some(recorder) => services::recorded(shared, recorder, &call, &mut upstream_request_id).await,
                None => process(shared, &call),
            };
            streamed = outcome.as_ref().ok().and_then(|fields| stream::events_for(shared, &call, fields));
            caller = call.caller.into_inner();
            outcome
        }
    };
    let request_id = upstream_request_id.unwrap_or(request_id);
    let stream = streamed.map(|planned| Events::new(&request_id, planned));
    let body = Bytes::from(match &outcome {
        Ok(fields) => envelope::ok_body(fields.clone(), &request_id),
        Err(e) => envelope::error_body(e, &request_id),
    });
    let entry = LogEntry {
        at: now,
        action: if action.is_empty() { "-".into() } else { action },
        service,
        caller: caller.unwrap_or_else(|| "-".into()),
        outcome: outcome.as_ref().map_or_else(|e| e.code.to_string(), |_| "OK".into()),
        latency_us: u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
        request: params,
        answer: page::kept(&body),
    };
    shared.log.push(entry);
    Answered { body, at: now, stream }
}

/// What `process` reads of a request.
struct ApiCall<'a> {
    signed: &'a Signed<'a>,
    /// The call's parameters when it is signed the v1 way.
    legacy: Option<&'a sign_v1::Call>,
    /// The service it is routed to ([`service_of`]).
    service: &'a str,
    /// The site its host names ([`site_of`]); `None` on loopback.
    site: Option<Site>,
    action: &'a str,
    version: Option<&'a str>,
    region: Option<&'a str>,
    /// The request's time, by the emulator's clock (with the clock-offset fault).
    now: u64,
    /// Whether the throttle fault picked the request.
    throttle: bool,
    /// The parameters of a raw-body action, read from its headers ([`catalogue::upload`]).
    uploaded: Option<&'a Value>,
    /// The parameters of a call sent as a form, read from its parts ([`catalogue::form`]).
    formed: Option<&'a Value>,
    /// Who made the call: the secret id it is signed with, once [`verify_for`] has checked
    /// it (or `web identity` for STS's unsigned call), for the page's log.
    caller: OnceLock<String>,
}

impl<'a> ApiCall<'a> {
    /// The call as a cassette records and matches it.
    fn for_cassette(&self, params: &'a Value) -> cassette::Call<'a> {
        let (service, action, version, region) =
            (self.service, self.action, self.version.unwrap_or_default(), self.region);
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
    let raw_post = call.uploaded.is_some()
        && signed.method == "POST"
        && signed.content_type.starts_with(catalogue::upload::CONTENT_TYPE);
    if call.uploaded.is_some() && !raw_post {
        return Err(ApiError::new(
            "InvalidParameter",
            format!(
                "{action} takes a POST of its raw body as Content-Type {}, its members as headers.",
                catalogue::upload::CONTENT_TYPE
            ),
        ));
    }
    let form_post = call.formed.is_some() && signed.method == "POST";
    if !from_query && !json_post && !raw_post && !form_post && legacy.is_none() {
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

/// Verifies the call's signature for `service` (the one it is routed to, or the partner API
/// for a call no other service takes); the caller's secret id, which the call then keeps.
fn verify_for<'c>(shared: &Shared, call: &'c ApiCall<'_>, service: &str) -> Result<&'c str, ApiError> {
    let is_customer = |uin: u64| shared.state.is_customer(uin);
    let secret_id = match call.legacy {
        Some(legacy) => legacy.verify(call.signed, &shared.keys, call.now, &is_customer)?,
        None => verify::verify(call.signed, &shared.keys, service, call.now, &is_customer)?,
    };
    Ok(call.caller.get_or_init(|| secret_id.to_owned()))
}

/// The gateway's checks in the real service's order, then the action.
fn process(shared: &Shared, call: &ApiCall<'_>) -> Result<Map<String, Value>, ApiError> {
    let ApiCall { legacy, service, action, version, .. } = *call;
    check_form(call)?;
    if sts::is_sts_call(action, version) {
        if legacy.is_some() {
            return Err(ApiError::new("InvalidParameter", "The emulator's STS takes TC3-HMAC-SHA256 calls only."));
        }
        return services::sts_call(shared, call);
    }
    if let Some(cassette) = shared.cassette.as_ref().filter(|c| c.has_service(service)) {
        return services::replayed(shared, cassette, call);
    }
    if service != SERVICE && catalogue::has_service(service) {
        return services::catalogue_call(shared, call);
    }
    services::partner_call(shared, call)
}

/// The call's parameters: from the v1 form, the query string of a GET, or the JSON body.
fn params_of(call: &ApiCall<'_>) -> Result<Value, ApiError> {
    let signed = call.signed;
    if let Some(uploaded) = call.uploaded.or(call.formed) {
        return Ok(uploaded.clone());
    }
    match call.legacy {
        Some(legacy) => legacy.params(),
        None if signed.method == "GET" => query_params::parse(signed.query),
        None => serde_json::from_slice(signed.payload)
            .map_err(|_| ApiError::new("InvalidParameter", "The request body is not valid JSON.")),
    }
}

/// The service and the domain of a host of Tencent Cloud's API, `<service>.<domain>` with a
/// domain ending in `tencentcloudapi.com` (in any case; port and final dot aside), as both the
/// routing ([`service_of`]) and the site ([`site_of`]) read it.
fn api_host(host: &str) -> Option<(&str, &str)> {
    let name = host.split(':').next().unwrap_or_default();
    let (service, domain) = name.strip_suffix('.').unwrap_or(name).split_once('.')?;
    ends_with_ignoring_case(domain, "tencentcloudapi.com").then_some((service, domain))
}

fn ends_with_ignoring_case(text: &str, suffix: &str) -> bool {
    let start = text.len().checked_sub(suffix.len());
    start.and_then(|start| text.get(start..)).is_some_and(|end| end.eq_ignore_ascii_case(suffix))
}

/// The site a call's host belongs to, as the real gateways are apart:
/// `<service>.intl.tencentcloudapi.com` is the international site, any other
/// `*.tencentcloudapi.com` (`cvm.tencentcloudapi.com`, a regional `cvm.ap-guangzhou.…`, the
/// `internal.` root) the mainland; loopback and other names say nothing.
fn site_of(host: &str) -> Option<Site> {
    let (_, domain) = api_host(host)?;
    let international = domain.eq_ignore_ascii_case("intl.tencentcloudapi.com")
        || ends_with_ignoring_case(domain, ".intl.tencentcloudapi.com");
    Some(if international { Site::International } else { Site::Mainland })
}

/// The service a call is for, as the real gateway routes it: by its `Host`
/// (`cvm.intl.tencentcloudapi.com`), else (on loopback) by the service its TC3 signature's
/// credential scope names, else the partner API.
fn service_of<'a>(signed: &Signed<'a>) -> &'a str {
    match api_host(signed.host) {
        Some((service, _)) => service,
        None => signed.authorization.and_then(verify::scope_service).unwrap_or(SERVICE),
    }
}
