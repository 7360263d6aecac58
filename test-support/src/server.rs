//! A scripted HTTP/1.1 server on 127.0.0.1 for tests of tc3's clients: it records every
//! request and answers each with raw bytes, so that broken answers can be produced exactly;
//! on demand it holds each answer until the test lets it go, so that tests order events
//! with channels, not clocks.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};

use crate::Accepted;

/// One request as received.
#[derive(Debug, Clone)]
pub struct Received {
    /// The request target: `/`, `/?Action=...`.
    pub path: String,
    /// Headers by lowercase name.
    pub headers: HashMap<String, String>,
    /// The body, as long as `Content-Length` says.
    pub body: Vec<u8>,
}

/// What the server does with a request.
#[derive(Debug)]
pub enum Reply {
    /// Write these bytes, then close.
    Raw(Vec<u8>),
    /// Never answer (until the client gives up).
    Silence,
}

impl Reply {
    /// A complete HTTP response with the given status, content type and body.
    pub fn http(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::http_with(status, &[("Content-Type", content_type)], body)
    }

    /// A complete HTTP response with the given status, headers and body.
    pub fn http_with(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Reply {
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
    pub fn json(body: &str) -> Reply {
        Reply::http(200, "application/json", body.as_bytes())
    }
}

/// Answers a request.
type Answer = dyn Fn(&Received) -> Reply + Send + Sync;

/// A running server; it stops with the test's runtime.
#[derive(Debug)]
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
    accepted: Accepted,
}

/// The test's side of a server that holds every answer ([`Server::gated`]).
#[derive(Debug)]
pub struct Gate {
    arrived: mpsc::UnboundedReceiver<()>,
    open: Arc<Semaphore>,
}

impl Gate {
    /// Waits until the next request has been read (and recorded).
    pub async fn arrived(&mut self) {
        self.arrived.recv().await.expect("the server runs");
    }

    /// Lets `n` held answers go.
    pub fn release(&self, n: usize) {
        self.open.add_permits(n);
    }
}

/// The server's side of a [`Gate`].
struct Hold {
    arrived: mpsc::UnboundedSender<()>,
    open: Arc<Semaphore>,
}

impl Server {
    /// Starts a server answering every request with `reply(&request)`.
    pub async fn start(reply: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> Server {
        Server::serve(Arc::new(reply), None).await
    }

    /// As [`Server::start`], but each answer waits for [`Gate::release`].
    pub async fn gated(reply: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> (Server, Gate) {
        let (arrived_tx, arrived) = mpsc::unbounded_channel();
        let open = Arc::new(Semaphore::new(0));
        let hold = Hold { arrived: arrived_tx, open: open.clone() };
        (Server::serve(Arc::new(reply), Some(Arc::new(hold))).await, Gate { arrived, open })
    }

    async fn serve(reply: Arc<Answer>, hold: Option<Arc<Hold>>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        let accepted = Accepted::default();
        let record = accepted.clone();
        tokio::spawn(async move {
            while let Ok((stream, peer)) = listener.accept().await {
                record.record(peer);
                tokio::spawn(answer(stream, log.clone(), reply.clone(), hold.clone()));
            }
        });
        Server { url, received, accepted }
    }

    /// How many connections reached the server before now ([`Accepted::so_far`]).
    pub async fn connections_so_far(&self) -> usize {
        self.accepted.so_far(self.url.trim_start_matches("http://")).await
    }

    /// The requests received, in order.
    pub fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

async fn answer(mut stream: TcpStream, log: Arc<Mutex<Vec<Received>>>, reply: Arc<Answer>, hold: Option<Arc<Hold>>) {
    let Some(request) = read_request(&mut stream).await else { return };
    log.lock().unwrap().push(request.clone());
    if let Some(hold) = hold {
        let _ = hold.arrived.send(());
        hold.open.acquire().await.expect("the semaphore stays open").forget();
    }
    match reply(&request) {
        Reply::Raw(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Reply::Silence => tokio::time::sleep(Duration::from_secs(30)).await,
    }
}

/// Reads one request (a head of at most 1 MiB, then `Content-Length` bytes of body); `None`
/// when the connection closes first.
pub async fn read_request(stream: &mut TcpStream) -> Option<Received> {
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
