//! The HTTP side, on axum: a router with the emulator as its shared state. `POST /` (or
//! `GET /`) is the API: fault injection (middleware), the 10 MB body limit, then the
//! gateway, whose answer goes back as JSON or, for a streamed call, as events (`events`). Beside it: the page, the inbox, the faults switch, customers' own key pairs,
//! the files the download actions link to and the CVM metadata path. In front of all of
//! them, the guard (`guard`) refuses foreign host names and other sites' pages; under
//! them, `connections` accepts and serves connections within its limits.
//! `scripts` sets, lists and clears scripted answers.

mod connections;
mod events;
mod guard;
mod inject;
mod scripts;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::header::{CONTENT_TYPE, DATE, HeaderValue};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use serde_json::{Value, json};

use crate::actions;
use crate::clock::http_date;
use crate::faults::{Decision, Faults};
use crate::gateway::{self, ApiRequest, MAX_BODY_BYTES};
use crate::keys;
use crate::page;
use crate::shared::Shared;
use crate::sts;

/// The largest faults document `POST /_emulator/faults` reads.
const FAULTS_BODY_BYTES: usize = 64 * 1024;

pub(crate) use connections::{MAX_CONNECTIONS, serve};
pub(crate) use guard::{Guard, allowed_name};

/// Every route, over `shared`, behind `guard` (Host and cross-site checks).
pub(crate) fn router(shared: Arc<Shared>, guard: Guard) -> Router {
    let api = any(api)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), inject::faults));
    Router::new()
        .route("/", api)
        .route("/_emulator", get(page))
        .route("/_emulator/", get(page))
        .route("/_emulator/inbox", get(inbox))
        .route("/_emulator/customer-keys", get(customer_keys))
        .route("/_emulator/faults", get(faults).post(set_faults).layer(DefaultBodyLimit::max(FAULTS_BODY_BYTES)))
        .route(scripts::PATH, scripts::routes())
        .route(&format!("{}{{*token}}", actions::downloads::PATH), get(download))
        .route(sts::METADATA_PATH, get(|| async { text(sts::INSTANCE_ROLE) }))
        .route(&format!("{}{{role}}", sts::METADATA_PATH), get(instance_role))
        .fallback(|| async { json_response(StatusCode::NOT_FOUND, &json!({"error": "not found"})) })
        .layer(axum::middleware::from_fn_with_state(Arc::new(guard), guard::check))
        .with_state(shared)
}

/// The API: the request as plain values to the gateway, its envelope back as JSON.
async fn api(
    State(shared): State<Arc<Shared>>,
    decision: Option<axum::Extension<Decision>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => Some(body),
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => None,
        Err(_) => return inject::closed("the request's body could not be read"),
    };
    let decision = decision.map(|d| d.0).unwrap_or_default();
    let answered = gateway::answer(&shared, ApiRequest { method, uri, headers, body }, decision).await;
    let mut response = match answered.stream {
        Some(events) => events::response(events, &decision),
        None => {
            let mut response = answered.body.into_response();
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response
        }
    };
    if let Ok(date) = HeaderValue::from_str(&http_date(answered.at)) {
        response.headers_mut().insert(DATE, date);
    }
    response
}

async fn page(State(shared): State<Arc<Shared>>, RawQuery(query): RawQuery) -> Response {
    let html = page::current(&shared, query.as_deref().unwrap_or_default());
    ([(CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

async fn inbox(State(shared): State<Arc<Shared>>) -> Response {
    let messages = shared.state.lock().inbox.clone();
    json_response(StatusCode::OK, &json!({ "messages": messages }))
}

async fn customer_keys(State(shared): State<Arc<Shared>>) -> Response {
    let state = shared.state.lock();
    let keys: Vec<Value> = state
        .customers
        .iter()
        .map(|c| {
            let (secret_id, secret_key) = keys::customer_key_pair(shared.seed, c.uin);
            json!({"uin": c.uin, "secretId": secret_id, "secretKey": secret_key})
        })
        .collect();
    json_response(StatusCode::OK, &json!({ "keys": keys }))
}

async fn faults(State(shared): State<Arc<Shared>>) -> Response {
    let faults = shared.faults.get();
    json_response(StatusCode::OK, &json!(faults))
}

/// Replaces the faults with a document checked as the binary checks its flags; a bad one
/// changes nothing and is answered 400 naming the problem.
async fn set_faults(State(shared): State<Arc<Shared>>, body: Result<Bytes, BytesRejection>) -> Response {
    let faults = body
        .map_err(|e| e.body_text())
        .and_then(|b| serde_json::from_slice::<Faults>(&b).map_err(|e| format!("expected the faults as JSON: {e}")))
        .and_then(|faults| faults.check().map(|()| faults).map_err(|e| e.message(e.field())));
    match faults {
        Ok(faults) => {
            shared.faults.set(faults.clone());
            json_response(StatusCode::OK, &json!(faults))
        }
        Err(error) => json_response(StatusCode::BAD_REQUEST, &json!({ "error": error })),
    }
}

async fn download(State(shared): State<Arc<Shared>>, Path(token): Path<String>) -> Response {
    let now = shared.now();
    match actions::downloads::render(&shared.state.lock(), &token, now) {
        Some(csv) => ([(CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response(),
        None => json_response(StatusCode::NOT_FOUND, &json!({"error": "no such file"})),
    }
}

async fn instance_role(State(shared): State<Arc<Shared>>, Path(role): Path<String>) -> Response {
    if role != sts::INSTANCE_ROLE {
        return json_response(StatusCode::NOT_FOUND, &json!({"error": "no such role"}));
    }
    json_response(StatusCode::OK, &sts::instance_role_keys(&shared.keys.temporary, shared.seed, shared.now()))
}

fn json_response(status: StatusCode, value: &Value) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    (status, [(CONTENT_TYPE, "application/json")], body).into_response()
}

fn text(body: &'static str) -> Response {
    ([(CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}
