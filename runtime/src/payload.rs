//! What a request sends: the body, its content type, and members that travel as headers.
//! Most actions send their members as one JSON object; cls `UploadLog` sends raw bytes with
//! its members in headers (the derive's `body` and `header` keys).

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;

/// The content type of a JSON body, as the official SDKs send and sign it.
pub(crate) const CONTENT_TYPE_JSON: &str = "application/json";
/// The content type of a raw body, as the official SDKs send and sign it (`call_octet_stream`).
pub(crate) const CONTENT_TYPE_OCTET_STREAM: &str = "application/octet-stream";

/// A request's body as sent: its bytes, their `Content-Type` (signed, as the official SDKs
/// sign it) and headers the request's members travel in. Made by
/// [`Action::into_payload`](crate::Action::into_payload).
#[derive(Clone, PartialEq, Eq)]
pub struct Payload {
    content_type: Cow<'static, str>,
    bytes: Bytes,
    headers: Vec<(&'static str, String)>,
}

impl Payload {
    /// A JSON body, `Content-Type: application/json`: what every action sends unless it says
    /// otherwise.
    pub fn json(bytes: Vec<u8>) -> Self {
        Payload { content_type: Cow::Borrowed(CONTENT_TYPE_JSON), bytes: bytes.into(), headers: Vec::new() }
    }

    /// A raw body, `Content-Type: application/octet-stream`, sent and signed byte for byte.
    /// Takes a `Vec<u8>` or a `bytes::Bytes` without copying it.
    pub fn octet_stream(bytes: impl Into<Bytes>) -> Self {
        Payload { content_type: Cow::Borrowed(CONTENT_TYPE_OCTET_STREAM), bytes: bytes.into(), headers: Vec::new() }
    }

    /// A body with a content type of its own, such as a form's
    /// (`multipart/form-data; boundary=..`).
    pub(crate) fn with_content_type(content_type: String, bytes: Vec<u8>) -> Self {
        Payload { content_type: Cow::Owned(content_type), bytes: bytes.into(), headers: Vec::new() }
    }

    /// The same body with the header `name: value` added (after those already added). The
    /// value is checked when the request is sent: text an HTTP header can carry.
    #[must_use]
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// The `Content-Type` the body is sent and signed with.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The body's bytes, exactly as sent.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The headers added with [`header`](Payload::header), in order.
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.headers.iter().map(|(name, value)| (*name, value.as_str()))
    }

    /// The body, shared rather than copied by each attempt.
    pub(crate) fn shared_bytes(&self) -> &Bytes {
        &self.bytes
    }
}

/// Shows the content type, the body's length and the headers' names: a body or a member may
/// hold what logs must not.
impl fmt::Debug for Payload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Payload")
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .field("headers", &self.headers.iter().map(|(name, _)| *name).collect::<Vec<_>>())
            .finish()
    }
}
