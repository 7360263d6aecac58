//! Calls per second on loopback: `Client::call` next to a raw reqwest client doing the same
//! signed POST, at 1 and 16 in flight, against a minimal keep-alive server started here.
//! Run with `cargo bench -p tc3-runtime --bench client`.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tc3_runtime::{Action, Client, Credentials, sign};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn main() {
    divan::main();
}

const BODY: &str = r#"{"Response":{"RequestId":"r-0123456789"}}"#;
const CALLS: usize = 64;

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Ping {
    country_code: &'static str,
    phone_num: &'static str,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PingResponse {
    #[serde(rename = "RequestId")]
    request_id: String,
}

impl Action for Ping {
    type Response = PingResponse;
    const SERVICE: &'static str = "intlpartnersmgt";
    const VERSION: &'static str = "2022-09-28";
    const ACTION: &'static str = "SendVerifyCode";
}

/// Answers every request on every connection with the same small envelope.
async fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answer =
        format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}", BODY.len());
    let answer: &'static [u8] = answer.leak().as_bytes();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let mut filled = 0;
                loop {
                    let Ok(n) = stream.read(&mut buf[filled..]).await else { return };
                    if n == 0 {
                        return;
                    }
                    filled += n;
                    // One request is complete once its head and Content-Length bytes are in.
                    while let Some(end) = complete(&buf[..filled]) {
                        if stream.write_all(answer).await.is_err() {
                            return;
                        }
                        buf.copy_within(end..filled, 0);
                        filled -= end;
                    }
                }
            });
        }
    });
    url
}

fn complete(buf: &[u8]) -> Option<usize> {
    let head = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let text = std::str::from_utf8(&buf[..head]).ok()?;
    let length: usize = text
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
        .unwrap_or(0);
    (buf.len() >= head + length).then_some(head + length)
}

fn credentials() -> Credentials {
    Credentials::new("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
}

struct Setup {
    runtime: tokio::runtime::Runtime,
    url: String,
}

fn setup() -> Setup {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let url = runtime.block_on(serve());
    Setup { runtime, url }
}

async fn tc3_calls(client: &Client, in_flight: usize) {
    for _ in 0..CALLS / in_flight {
        let calls = (0..in_flight).map(|_| client.call(Ping { country_code: "852", phone_num: "18888888888" }));
        for r in futures_join(calls).await {
            r.unwrap();
        }
    }
}

async fn raw_calls(http: &reqwest::Client, url: &str, in_flight: usize) {
    let host = url.trim_start_matches("http://").to_owned();
    let creds = credentials();
    for _ in 0..CALLS / in_flight {
        let calls = (0..in_flight).map(|_| {
            let body = br#"{"CountryCode":"852","PhoneNum":"18888888888"}"#;
            let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
            let authorization =
                sign::authorization(&creds, "intlpartnersmgt", &host, timestamp, "application/json", body);
            let request = http
                .post(url)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .header("X-TC-Action", "SendVerifyCode")
                .header("X-TC-Version", "2022-09-28")
                .header("X-TC-Timestamp", timestamp.to_string())
                .body(&body[..]);
            async move { request.send().await?.bytes().await }
        });
        for r in futures_join(calls).await {
            r.unwrap();
        }
    }
}

/// Runs the futures concurrently on the current task and collects their outputs.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut outputs: Vec<Option<F::Output>> = set.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, out) in set.iter_mut().zip(outputs.iter_mut()) {
            if out.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *out = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    outputs.into_iter().map(Option::unwrap).collect()
}

#[divan::bench(args = [1, 16])]
fn tc3_call(b: divan::Bencher, in_flight: usize) {
    let s = setup();
    let client = Client::builder().credentials(credentials()).endpoint(&s.url).build().unwrap();
    b.counter(divan::counter::ItemsCount::new(CALLS)).bench(|| s.runtime.block_on(tc3_calls(&client, in_flight)));
}

#[divan::bench(args = [1, 16])]
fn raw_reqwest(b: divan::Bencher, in_flight: usize) {
    let s = setup();
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    b.counter(divan::counter::ItemsCount::new(CALLS)).bench(|| s.runtime.block_on(raw_calls(&http, &s.url, in_flight)));
}
