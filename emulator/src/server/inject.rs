//! Fault injection, as middleware in front of the API: each request's faults are drawn
//! from the seeded generator; latency, a dropped connection and a gateway's 5xx happen
//! here, a lost answer after the gateway has performed the call, and throttling and the
//! clock's offset go on to the gateway with the request.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::shared::Shared;

/// Marks a response whose connection is to close without it; `server::serve` closes it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Close(pub(super) &'static str);

/// A response that is never sent: its connection closes instead.
pub(super) fn closed(why: &'static str) -> Response {
    let mut response = Response::default();
    response.extensions_mut().insert(Close(why));
    response
}

pub(super) async fn faults(State(shared): State<Arc<Shared>>, mut request: Request, next: Next) -> Response {
    let decision = shared.faults.decide();
    if decision.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(decision.delay_ms)).await;
    }
    if decision.drop {
        return closed("connection dropped by fault injection");
    }
    if let Some(status) = decision.error_status {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
        return (status, [(CONTENT_TYPE, "text/plain")], "injected gateway failure\n").into_response();
    }
    request.extensions_mut().insert(decision);
    let response = next.run(request).await;
    if decision.lose {
        return closed("answer lost by fault injection");
    }
    response
}
