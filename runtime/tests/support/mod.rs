//! A scripted HTTP/1.1 server on 127.0.0.1 for client tests: it records every request and
//! answers each with raw bytes, so broken answers can be produced exactly.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

pub(crate) mod accepted;
pub(crate) mod actions;
pub(crate) mod events;
pub(crate) mod proxy;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use accepted::Accepted;

/// One request as received.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) path: String,
    pub(crate) headers: HashMap<String, String>,
    pub(crate) body: Vec<u8>,
}

/// What the server does with a request.
pub(crate) enum Reply {
    /// Write these bytes, then close.
    Raw(Vec<u8>),
    /// Never answer (until the client gives up).
    Silence,
}

impl Reply {
    /// A complete HTTP response with the given status, content type and body.
    pub(crate) fn http(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::http_with(status, &[("Content-Type", content_type)], body)
    }

    /// A complete HTTP response with the given status, headers and body.
    pub(crate) fn http_with(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        Reply::Raw(bytes)
    }

    /// A 200 answer with a JSON body.
    pub(crate) fn json(body: &str) -> Reply {
        Reply::http(200, "application/json", body.as_bytes())
    }
}

/// A client of the test server at `url` with a test key pair and backoffs of a few
/// milliseconds, so that retries do not make tests slow: they only space attempts out, and no
/// assertion depends on how long they last. The other settings are the defaults (a 30 s
/// attempt timeout that no answer here nears).
pub(crate) fn client_builder(url: &str) -> tc3_runtime::ClientBuilder {
    tc3_runtime::Client::builder()
        .credentials(tc3_runtime::Credentials::new("AKIDtest", "key"))
        .endpoint(url)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
}

pub(crate) struct Server {
    pub(crate) url: String,
    pub(crate) received: Arc<Mutex<Vec<Received>>>,
    accepted: Accepted,
}

impl Server {
    /// [`client_builder`] of this server.
    pub(crate) fn client_builder(&self) -> tc3_runtime::ClientBuilder {
        client_builder(&self.url)
    }

    /// Starts a server answering every request with `reply(&request)`.
    pub(crate) async fn start(reply: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let (log, reply) = (received.clone(), Arc::new(reply));
        let accepted = Accepted::new();
        let record = accepted.clone();
        tokio::spawn(async move {
            while let Ok((stream, peer)) = listener.accept().await {
                record.record(peer);
                let (log, reply) = (log.clone(), reply.clone());
                tokio::spawn(serve(stream, log, reply));
            }
        });
        Server { url, received, accepted }
    }

    /// How many connections reached the server before now ([`Accepted::so_far`]).
    pub(crate) async fn connections_so_far(&self) -> usize {
        self.accepted.so_far(self.url.trim_start_matches("http://")).await
    }

    pub(crate) fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

async fn serve(
    mut stream: TcpStream,
    log: Arc<Mutex<Vec<Received>>>,
    reply: Arc<dyn Fn(&Received) -> Reply + Send + Sync>,
) {
    let Some(request) = read_request(&mut stream).await else { return };
    log.lock().unwrap().push(request.clone());
    match reply(&request) {
        Reply::Raw(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Reply::Silence => tokio::time::sleep(Duration::from_secs(30)).await,
    }
}

pub(crate) async fn read_request(stream: &mut TcpStream) -> Option<Received> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 1 << 20 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let headers: HashMap<String, String> = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers.get("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Received { path, headers, body })
}
