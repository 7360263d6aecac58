//! A streamed answer on the wire: `text/event-stream` with the request id in
//! `X-TC-RequestId`, the body sent an event at a time as hyper reads it. The faults drawn for
//! the request apply: latency before each event after the first (the first waited in
//! `inject`), and a cut, which closes the connection after half of the events.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::http::HeaderValue;
use axum::http::header::CONTENT_TYPE;
use axum::response::Response;
use bytes::Bytes;
use hyper::body::{Body, Frame};
use tokio::time::Sleep;

use crate::faults::Decision;
use crate::gateway::Events;

/// The response sending `events`, with the faults of `decision`.
pub(super) fn response(events: Events, decision: &Decision) -> Response {
    let cut_after = decision.cut.then(|| (events.frames.len() / 2).max(1));
    let body = EventBody {
        frames: events.frames.into_iter(),
        sent: 0,
        cut_after,
        flushed: false,
        gap: Duration::from_millis(decision.delay_ms),
        timer: None,
    };
    let mut response = Response::new(axum::body::Body::new(body));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    if let Ok(id) = HeaderValue::from_str(&events.request_id) {
        headers.insert("x-tc-requestid", id);
    }
    response
}

/// The events, one frame each; its length is not known ahead, so hyper sends it chunked,
/// and a failure closes the connection without the last chunk: the client sees a cut.
#[derive(Debug)]
struct EventBody {
    frames: std::vec::IntoIter<Bytes>,
    sent: usize,
    /// The cut fault: the number of events after which the connection closes.
    cut_after: Option<usize>,
    /// Whether hyper has had its turn to write out the events before the cut: it writes
    /// what it holds when the body is not ready, and drops it when the body fails.
    flushed: bool,
    /// Waited before each event after the first.
    gap: Duration,
    timer: Option<Pin<Box<Sleep>>>,
}

impl Body for EventBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        let this = &mut *self;
        if this.cut_after == Some(this.sent) {
            if !this.flushed {
                this.flushed = true;
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            return Poll::Ready(Some(Err(io::Error::other("stream cut by fault injection"))));
        }
        if this.sent > 0 && !this.gap.is_zero() && this.frames.len() > 0 {
            let gap = this.gap;
            ready!(this.timer.get_or_insert_with(|| Box::pin(tokio::time::sleep(gap))).as_mut().poll(cx));
            this.timer = None;
        }
        Poll::Ready(this.frames.next().map(|frame| {
            this.sent += 1;
            Ok(Frame::data(frame))
        }))
    }
}
