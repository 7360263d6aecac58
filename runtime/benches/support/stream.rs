//! A long stream of events, as hunyuan's ChatCompletions sends them, and its two readers:
//! `Client::call_stream` decoding every event, and a bare reqwest client reading the same
//! bytes and nothing more.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufWriter};
use tokio::net::TcpListener;

use tc3_runtime::{Action, Client, StreamingAction, sign};

/// One event's data, shaped as a hunyuan ChatCompletions chunk (a model answering word by
/// word); `{n}` is the event's number.
const EVENT: &str = r#"data: {"Note":"bench","Choices":[{"FinishReason":"","Delta":{"Role":"assistant","Content":"word {n} "}}],"Created":1700000000,"Id":"4b27a8cd-8a8e-4a0e-9b0b-2a9c6e1d3f55","Usage":{"PromptTokens":12,"CompletionTokens":{n},"TotalTokens":{n}}}"#;

/// A chat that asks the bench server for `model` events (the count, as digits).
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Chat {
    pub(crate) model: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) stream: Option<bool>,
}

/// One event of the stream, typed as a generated response would be.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
pub(crate) struct ChatEvent {
    pub(crate) note: Option<String>,
    pub(crate) choices: Option<Vec<Choice>>,
    pub(crate) created: Option<i64>,
    pub(crate) id: Option<String>,
    pub(crate) usage: Option<Usage>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
pub(crate) struct Choice {
    pub(crate) finish_reason: Option<String>,
    pub(crate) delta: Option<Delta>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
pub(crate) struct Delta {
    pub(crate) role: Option<String>,
    pub(crate) content: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
pub(crate) struct Usage {
    pub(crate) prompt_tokens: Option<i64>,
    pub(crate) completion_tokens: Option<i64>,
    pub(crate) total_tokens: Option<i64>,
}

impl Action for Chat {
    type Response = ChatEvent;
    const SERVICE: &'static str = "hunyuan";
    const VERSION: &'static str = "2023-09-01";
    const ACTION: &'static str = "ChatCompletions";
}

impl StreamingAction for Chat {
    fn request_stream(&mut self) {
        self.stream = Some(true);
    }
}

/// Serves streams on loopback: each request's `Model` member is the number of events it gets,
/// written as they are made, so the server holds none of them.
pub(crate) async fn serve(addr: &str) -> String {
    let listener = TcpListener::bind(addr).await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(answer(stream));
        }
    });
    url
}

async fn answer(mut stream: tokio::net::TcpStream) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    // One request per connection: its head, then a body that holds `"Model":"<digits>"`.
    let events = loop {
        let Ok(n) = stream.read(&mut chunk).await else { return };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(count) = requested_events(&buf) {
            break count;
        }
    };
    let mut out = BufWriter::with_capacity(16 * 1024, stream);
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-TC-RequestId: bench-stream\r\n\
                Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    if out.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    for n in 0..events {
        // One event per chunk, as the services send them.
        let event = format!("{}\n\n", EVENT.replace("{n}", &n.to_string()));
        let framed = format!("{:x}\r\n{event}\r\n", event.len());
        if out.write_all(framed.as_bytes()).await.is_err() {
            return;
        }
    }
    let _ = out.write_all(b"0\r\n\r\n").await;
    let _ = out.flush().await;
}

fn requested_events(buf: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(buf).ok()?;
    let at = text.find(r#""Model":""#)? + r#""Model":""#.len();
    let digits = &text[at..];
    let end = digits.find('"')?;
    digits[..end].parse().ok()
}

/// Reads a stream of `events` events through `Client::call_stream`, decoding each; returns
/// how many arrived.
pub(crate) async fn tc3_stream(client: &Client, events: u64) -> u64 {
    let mut stream = client.call_stream(Chat { model: events.to_string(), stream: None }).await.unwrap();
    let mut seen = 0;
    while let Some(event) = stream.next_event().await {
        std::hint::black_box(event.unwrap());
        seen += 1;
    }
    seen
}

/// Reads a stream of `events` events with a bare reqwest client (the same signed POST) and
/// nothing more; returns how many bytes arrived.
pub(crate) async fn raw_stream(http: &reqwest::Client, url: &str, events: u64) -> u64 {
    let mut response = raw_open(http, url, events).await;
    let mut bytes = 0;
    while let Some(chunk) = response.chunk().await.unwrap() {
        bytes += std::hint::black_box(chunk).len() as u64;
    }
    bytes
}

/// Reads a stream of `events` events with a bare reqwest client and decodes each event's data
/// into the same type as tc3, splitting the stream the quickest way this server's events allow
/// (one `data:` line each, ended by an empty line): the least work of any typed reader.
/// Returns how many events it decoded.
pub(crate) async fn raw_decoded(http: &reqwest::Client, url: &str, events: u64) -> u64 {
    let mut response = raw_open(http, url, events).await;
    let mut buf = Vec::new();
    let mut seen = 0;
    while let Some(chunk) = response.chunk().await.unwrap() {
        buf.extend_from_slice(&chunk);
        let mut start = 0;
        while let Some(end) = buf[start..].windows(2).position(|w| w == b"\n\n") {
            let line = &buf[start..start + end];
            let data = line.strip_prefix(b"data: ").expect("a data line");
            std::hint::black_box(serde_json::from_slice::<ChatEvent>(data).unwrap());
            seen += 1;
            start += end + 2;
        }
        buf.drain(..start);
    }
    seen
}

/// Sends the signed POST for a stream of `events` events, as `Client::call_stream` would.
async fn raw_open(http: &reqwest::Client, url: &str, events: u64) -> reqwest::Response {
    let host = url.trim_start_matches("http://").to_owned();
    let body = format!(r#"{{"Model":"{events}","Stream":true}}"#);
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let authorization = sign::authorization(
        &crate::load::credentials(),
        "hunyuan",
        &host,
        timestamp,
        "application/json",
        body.as_bytes(),
    );
    http.post(url)
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .header("X-TC-Action", "ChatCompletions")
        .header("X-TC-Version", "2023-09-01")
        .header("X-TC-Timestamp", timestamp.to_string())
        .body(body)
        .send()
        .await
        .unwrap()
}
