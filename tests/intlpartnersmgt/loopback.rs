//! A loopback HTTP/1.1 server that answers each API call with a canned envelope and
//! records the body of every request; on demand it holds each answer until the test lets
//! it go, so tests order events with channels, not clocks.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};

#[path = "../../runtime/tests/support/accepted.rs"]
mod accepted;
use accepted::Accepted;

/// Answers an action (its `X-TC-Action` header) and its JSON body.
type Answer = dyn Fn(&str, &Value) -> Value + Send + Sync;

pub(crate) struct Loopback {
    pub(crate) url: String,
    bodies: Arc<Mutex<Vec<Value>>>,
    accepted: Accepted,
}

/// The test's side of a server that holds every answer.
pub(crate) struct Gate {
    arrived: mpsc::UnboundedReceiver<()>,
    open: Arc<Semaphore>,
}

impl Gate {
    /// Waits until the next request has been read (and recorded).
    pub(crate) async fn arrived(&mut self) {
        self.arrived.recv().await.expect("the server runs");
    }

    /// Lets `n` held answers go.
    pub(crate) fn release(&self, n: usize) {
        self.open.add_permits(n);
    }
}

/// The server's side of a [`Gate`].
struct Hold {
    arrived: mpsc::UnboundedSender<()>,
    open: Arc<Semaphore>,
}

impl Loopback {
    /// Answers every signed request with `{"Response": answer(action, body)}`.
    pub(crate) async fn start(answer: impl Fn(&str, &Value) -> Value + Send + Sync + 'static) -> Loopback {
        Loopback::serve(Arc::new(answer), None).await
    }

    /// As [`Loopback::start`], but each answer waits for [`Gate::release`].
    pub(crate) async fn gated(answer: impl Fn(&str, &Value) -> Value + Send + Sync + 'static) -> (Loopback, Gate) {
        let (arrived_tx, arrived) = mpsc::unbounded_channel();
        let open = Arc::new(Semaphore::new(0));
        let hold = Hold { arrived: arrived_tx, open: open.clone() };
        (Loopback::serve(Arc::new(answer), Some(Arc::new(hold))).await, Gate { arrived, open })
    }

    async fn serve(answer: Arc<Answer>, hold: Option<Arc<Hold>>) -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let log = bodies.clone();
        let accepted = Accepted::new();
        let record = accepted.clone();
        tokio::spawn(async move {
            while let Ok((stream, peer)) = listener.accept().await {
                record.record(peer);
                tokio::spawn(serve(stream, log.clone(), answer.clone(), hold.clone()));
            }
        });
        Loopback { url, bodies, accepted }
    }

    /// How many connections reached the server before now ([`Accepted::so_far`]).
    pub(crate) async fn connections_so_far(&self) -> usize {
        self.accepted.so_far(self.url.trim_start_matches("http://")).await
    }

    /// The JSON bodies received, in order.
    pub(crate) fn bodies(&self) -> Vec<Value> {
        self.bodies.lock().unwrap().clone()
    }

    pub(crate) fn client(&self) -> tc3::Client {
        tc3::Client::builder()
            .credentials(tc3::Credentials::new("AKIDloopback", "secret"))
            .endpoint(self.url.clone())
            .build()
            .unwrap()
    }
}

async fn serve(mut stream: TcpStream, log: Arc<Mutex<Vec<Value>>>, answer: Arc<Answer>, hold: Option<Arc<Hold>>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let header = |name: &str| {
        head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim().to_owned())
        })
    };
    let length: usize = header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    let action = header("x-tc-action").unwrap_or_default();
    let signed = header("authorization").is_some_and(|v| v.starts_with("TC3-HMAC-SHA256 Credential=AKIDloopback/"));
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    log.lock().unwrap().push(request.clone());
    if let Some(hold) = hold {
        let _ = hold.arrived.send(());
        hold.open.acquire().await.expect("the semaphore stays open").forget();
    }
    let response = if signed {
        answer(&action, &request)
    } else {
        serde_json::json!({"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "unsigned"}, "RequestId": "x"})
    };
    let reply = serde_json::json!({ "Response": response }).to_string();
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
        reply.len()
    );
    let _ = stream.write_all(http.as_bytes()).await;
    let _ = stream.shutdown().await;
}
