//! A loopback HTTP/1.1 server that answers each API call with a canned envelope and
//! records the body of every request.

use std::sync::{Arc, Mutex};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

type Answer = dyn Fn(&Value) -> Value + Send + Sync;

pub(crate) struct Loopback {
    pub(crate) url: String,
    bodies: Arc<Mutex<Vec<Value>>>,
}

impl Loopback {
    /// Answers every request body with `{"Response": answer(body)}`.
    pub(crate) async fn start(answer: impl Fn(&Value) -> Value + Send + Sync + 'static) -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let (log, answer): (_, Arc<Answer>) = (bodies.clone(), Arc::new(answer));
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, log.clone(), answer.clone()));
            }
        });
        Loopback { url, bodies }
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

async fn serve(mut stream: TcpStream, log: Arc<Mutex<Vec<Value>>>, answer: Arc<Answer>) {
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
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    log.lock().unwrap().push(request.clone());
    let reply = serde_json::json!({ "Response": answer(&request) }).to_string();
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
        reply.len()
    );
    let _ = stream.write_all(http.as_bytes()).await;
    let _ = stream.shutdown().await;
}
