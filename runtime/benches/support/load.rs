//! The load both the client benchmark and the comparison script put on a loopback server:
//! `Client::call` of a small action, and a bare reqwest client sending the same signed POST.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tc3_runtime::{Action, Client, Credentials, sign};

/// A small action, as SendVerifyCode on the wire.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Ping {
    country_code: &'static str,
    phone_num: &'static str,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub(crate) struct PingResponse {
    #[serde(rename = "RequestId")]
    request_id: String,
}

impl Action for Ping {
    type Response = PingResponse;
    const SERVICE: &'static str = "intlpartnersmgt";
    const VERSION: &'static str = "2022-09-28";
    const ACTION: &'static str = "SendVerifyCode";
}

pub(crate) fn credentials() -> Credentials {
    Credentials::new("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
}

pub(crate) async fn tc3_calls(client: &Client, in_flight: usize, calls: usize) {
    for _ in 0..calls / in_flight {
        let batch = (0..in_flight).map(|_| client.call(Ping { country_code: "852", phone_num: "18888888888" }));
        for r in futures_join(batch).await {
            r.unwrap();
        }
    }
}

pub(crate) async fn raw_calls(http: &reqwest::Client, url: &str, in_flight: usize, calls: usize) {
    let host = url.trim_start_matches("http://").to_owned();
    let creds = credentials();
    for _ in 0..calls / in_flight {
        let batch = (0..in_flight).map(|_| {
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
        for r in futures_join(batch).await {
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
