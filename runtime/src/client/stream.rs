//! A streamed answer, as [`Client::call_stream`](super::Client::call_stream) gives it: the
//! open connection read event by event, each event's data decoded as the action's response.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use futures_core::Stream as _;
use serde::de::DeserializeOwned;

use super::decode;
use super::sse::{Broken, RawEvent, Reader};
use crate::{Error, ErrorKind, Result};

/// Default cap on one event of a streamed answer: its data, and any one line of it. The
/// official Go SDK refuses lines over 32 MiB; answers seen in practice are a few KiB an event.
pub const DEFAULT_MAX_EVENT_BYTES: usize = 16 << 20;

/// The `Content-Type` of a streamed answer.
const EVENT_STREAM: &str = "text/event-stream";

/// The data of the event that marks the end of lkeap's ChatCompletions stream (documented in
/// both sites' packages, as in OpenAI's protocol): a marker, not an answer, so no item.
const DONE: &[u8] = b"[DONE]";

/// One event of a streamed answer: its `data` decoded as `T` (the action's response
/// members, leniently: members the event leaves out are `None`), and the event's own fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    data: T,
    name: Option<String>,
    id: Option<String>,
    retry: Option<u64>,
}

impl<T> Event<T> {
    /// The event's `data`, decoded.
    pub fn data(&self) -> &T {
        &self.data
    }

    /// The event's `data`, decoded, taken out of the event.
    pub fn into_data(self) -> T {
        self.data
    }

    /// The event's `event` field, its name, when it has one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The event's `id` field, when it has one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The event's `retry` field (the server's reconnection delay), when it has a valid one.
    pub fn retry(&self) -> Option<Duration> {
        self.retry.map(Duration::from_millis)
    }
}

/// A streamed answer: a [`Stream`](futures_core::Stream) of one [`Event`] per server-sent
/// event, in order, ending when the server ends the stream.
///
/// What happens during the stream comes as items: an event whose data is an API error
/// (`{"Response":{"Error":{...}}}` or `{"Error":{...}}`) is an [`ErrorKind::Service`] error
/// with its code, and reading goes on; an event whose data does not decode is an
/// [`ErrorKind::Decode`] error, and reading goes on; the data `[DONE]` (lkeap's end marker)
/// is no item; a connection that fails or ends inside an event is an
/// [`ErrorKind::Transport`] error, and an event over the cap
/// ([`ClientBuilder::max_event_bytes`](crate::ClientBuilder::max_event_bytes), by default
/// [`DEFAULT_MAX_EVENT_BYTES`]) an [`ErrorKind::Decode`] error, each the last item. Every
/// error carries the stream's request id. Nothing is retried once the stream is open, and no
/// timeout applies while it is read: a model may think for minutes between events.
///
/// Only the unfinished event is held in memory, however long the stream. Dropping the stream
/// closes its connection.
pub struct EventStream<T> {
    state: State<T>,
    request_id: Option<String>,
    /// Blanked out of any text of the service an error shows.
    secrets: Vec<String>,
}

enum State<T> {
    /// A JSON answer (the service chose not to stream): one item.
    One(Option<T>),
    Reading {
        reader: Reader,
        chunk: NextChunk,
    },
    Done,
}

/// The next chunk of the answer's body, with the answer handed back for the one after.
type NextChunk = Pin<Box<dyn Future<Output = (reqwest::Response, reqwest::Result<Option<bytes::Bytes>>)> + Send>>;

fn next_chunk(mut response: reqwest::Response) -> NextChunk {
    Box::pin(async move {
        let chunk = response.chunk().await;
        (response, chunk)
    })
}

// `T` is never pinned: it is only moved out of `State::One`.
impl<T> Unpin for EventStream<T> {}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::One(_) => "one answer",
            State::Reading { .. } => "reading",
            State::Done => "done",
        };
        f.debug_struct("EventStream").field("request_id", &self.request_id).field("state", &state).finish()
    }
}

/// Whether `response` is a stream of events, by its `Content-Type` (as the official SDKs
/// decide), parameters such as `charset` allowed.
pub(super) fn is_event_stream(response: &reqwest::Response) -> bool {
    let Some(value) = response.headers().get(reqwest::header::CONTENT_TYPE) else { return false };
    let media = value.to_str().unwrap_or("").split(';').next().unwrap_or("").trim();
    media.eq_ignore_ascii_case(EVENT_STREAM)
}

/// The request id of a streamed answer: its `X-TC-RequestId` header.
pub(super) fn request_id(response: &reqwest::Response) -> Option<String> {
    response.headers().get("x-tc-requestid").and_then(|v| v.to_str().ok()).map(|id| decode::scrubbed(id, &[]))
}

impl<T> EventStream<T> {
    /// The stream of `response`, whose request id is its `X-TC-RequestId` header.
    pub(super) fn events(response: reqwest::Response, secrets: Vec<String>, cap: usize) -> EventStream<T> {
        let request_id = request_id(&response);
        let state = State::Reading { reader: Reader::new(cap), chunk: next_chunk(response) };
        EventStream { state, request_id, secrets }
    }

    /// A stream of the one event a JSON answer makes.
    pub(super) fn one(data: T, request_id: Option<String>) -> EventStream<T> {
        EventStream { state: State::One(Some(data)), request_id, secrets: Vec::new() }
    }

    /// A stream that has ended, with the request id of the one it replaces.
    #[cfg_attr(not(feature = "blocking"), allow(dead_code))]
    pub(crate) fn ended(request_id: Option<String>) -> EventStream<T> {
        EventStream { state: State::Done, request_id, secrets: Vec::new() }
    }

    /// The stream's request id: the `X-TC-RequestId` header of a stream, the `RequestId` of
    /// a JSON answer; for support tickets.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    fn error(&self, kind: ErrorKind, message: impl Into<String>) -> Error {
        Error::new(kind, message).with_request_id(self.request_id.clone())
    }

    fn broken(&self, broken: Broken) -> Error {
        match broken {
            Broken::TooLarge(cap) => {
                self.error(ErrorKind::Decode, format!("an event is larger than the {cap}-byte limit"))
            }
            Broken::Unfinished => self.error(ErrorKind::Transport, "the stream ended inside an event"),
        }
    }
}

impl<T: DeserializeOwned> EventStream<T> {
    /// The next item, `None` at the end: the [`Stream`](futures_core::Stream) without a
    /// combinator crate, `while let Some(event) = events.next_event().await`.
    pub async fn next_event(&mut self) -> Option<Result<Event<T>>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    fn decode(&self, raw: RawEvent) -> Result<Event<T>> {
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        let text =
            std::str::from_utf8(&raw.data).map_err(|_| self.error(ErrorKind::Decode, "event data is not UTF-8"))?;
        // An event with no data (a name or id alone) decodes as a response with no members.
        let text = if text.is_empty() { "{}" } else { text };
        if let Some(e) = decode::event_error(text, &secrets) {
            return Err(match e.request_id() {
                Some(_) => e,
                None => e.with_request_id(self.request_id.clone()),
            });
        }
        match serde_json::from_str(text) {
            Ok(data) => Ok(Event { data, name: raw.name, id: raw.id, retry: raw.retry }),
            // serde_json's message quotes the value it could not read.
            Err(e) => {
                Err(self.error(ErrorKind::Decode, decode::scrubbed(&format!("cannot decode an event: {e}"), &secrets)))
            }
        }
    }
}

impl<T: DeserializeOwned> futures_core::Stream for EventStream<T> {
    type Item = Result<Event<T>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            let (reader, chunk) = match &mut this.state {
                State::Done => return Poll::Ready(None),
                State::One(data) => {
                    let data = data.take();
                    this.state = State::Done;
                    return Poll::Ready(data.map(|data| Ok(Event { data, name: None, id: None, retry: None })));
                }
                State::Reading { reader, chunk } => (reader, chunk),
            };
            match reader.next_event() {
                Some(Ok(raw)) if raw.data == DONE => {}
                Some(Ok(raw)) => return Poll::Ready(Some(this.decode(raw))),
                Some(Err(broken)) => {
                    this.state = State::Done;
                    return Poll::Ready(Some(Err(this.broken(broken))));
                }
                None => {}
            }
            let (response, read) = ready!(chunk.as_mut().poll(cx));
            match read {
                Ok(Some(bytes)) => {
                    reader.feed(&bytes);
                    *chunk = next_chunk(response);
                }
                Ok(None) => {
                    let end = reader.finish();
                    this.state = State::Done;
                    return Poll::Ready(end.err().map(|broken| Err(this.broken(broken))));
                }
                Err(e) => {
                    this.state = State::Done;
                    let kind = if e.is_timeout() { ErrorKind::Timeout } else { ErrorKind::Transport };
                    return Poll::Ready(Some(Err(this
                        .error(kind, "the connection failed during the stream")
                        .with_source(e))));
                }
            }
        }
    }
}
