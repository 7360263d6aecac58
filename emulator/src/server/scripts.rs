//! `/_emulator/scripts`: `GET` lists the scripts played (each with the calls it answered),
//! `POST` sets one (a [`Script`] as JSON), `DELETE` removes them all. A script refused
//! changes nothing and is answered 400 with `{"error": ...}` naming the problem.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{MethodRouter, get};
use serde_json::json;

use super::json_response;
use crate::scripts::Script;
use crate::shared::Shared;

/// The path served.
pub(super) const PATH: &str = "/_emulator/scripts";

/// The largest script `POST` reads: room for pages of a list, far below the API's 10 MB.
const SCRIPT_BODY_BYTES: usize = 1024 * 1024;

/// The route's methods.
pub(super) fn routes() -> MethodRouter<Arc<Shared>> {
    get(list).post(set).delete(clear).layer(DefaultBodyLimit::max(SCRIPT_BODY_BYTES))
}

async fn list(State(shared): State<Arc<Shared>>) -> Response {
    let scripts = shared.scripts.statuses();
    json_response(StatusCode::OK, &json!({ "scripts": scripts }))
}

async fn set(State(shared): State<Arc<Shared>>, body: Result<Bytes, BytesRejection>) -> Response {
    let refused = |status, error: String| json_response(status, &json!({ "error": error }));
    let body = match body {
        Ok(body) => body,
        // Too large (413), or not read at all.
        Err(rejection) => return refused(rejection.status(), rejection.body_text()),
    };
    let script = match serde_json::from_slice::<Script>(&body) {
        Ok(script) => script,
        Err(e) => return refused(StatusCode::BAD_REQUEST, format!("expected a script as JSON: {e}")),
    };
    match shared.scripts.set(script.clone()) {
        Ok(()) => json_response(StatusCode::OK, &json!({ "script": script })),
        Err(e) => refused(StatusCode::BAD_REQUEST, e.to_string()),
    }
}

async fn clear(State(shared): State<Arc<Shared>>) -> Response {
    let cleared = shared.scripts.clear();
    json_response(StatusCode::OK, &json!({ "cleared": cleared }))
}
