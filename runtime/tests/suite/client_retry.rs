//! Retries that never duplicate, client-side pacing and clock skew, against a loopback server.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::support::actions::{GetCountryCodes, OncePerSecond, SendVerifyCode};
use crate::support::{Reply, Server};
use tc3_runtime::{Client, Credentials, ErrorKind};

const OK: &str = r#"{"Response":{"Data":[],"RequestId":"r-ok"}}"#;
const THROTTLED: &str =
    r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-t"}}"#;

fn client(server: &Server) -> Client {
    crate::support::client_builder(&server.url).build().unwrap()
}

fn send_verify_code() -> SendVerifyCode {
    SendVerifyCode { country_code: "852".into(), phone_num: "18888888888".into() }
}

/// A server whose first `failures` answers are `failure()`, then OK.
async fn flaky(failures: usize, failure: fn() -> Reply) -> Server {
    let seen = Arc::new(AtomicUsize::new(0));
    Server::start(move |_| if seen.fetch_add(1, Ordering::SeqCst) < failures { failure() } else { Reply::json(OK) })
        .await
}

#[tokio::test]
async fn throttling_is_retried_even_for_non_idempotent_actions() {
    let server = flaky(2, || Reply::json(THROTTLED)).await;
    client(&server).call(send_verify_code()).await.unwrap();
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_5xx_page_is_retried() {
    let server = flaky(1, || Reply::http(503, "text/html", b"<h1>busy</h1>")).await;
    client(&server).call(send_verify_code()).await.unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_dropped_connection_is_retried_only_for_idempotent_actions() {
    let server = flaky(1, || Reply::Raw(Vec::new())).await;
    client(&server).call(GetCountryCodes {}).await.unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = flaky(1, || Reply::Raw(Vec::new())).await;
    let e = client(&server).call(send_verify_code()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::OutcomeUnknown, "{e:?}");
    assert_eq!(server.requests().len(), 1, "never a silent second SMS");
}

#[tokio::test]
async fn a_timeout_of_a_non_idempotent_action_is_not_repeated() {
    let server = Server::start(|_| Reply::Silence).await;
    // The server never answers, so the attempt ends at its timeout; 2 s leaves room to
    // connect and send on a loaded machine, which takes about a millisecond on an idle one.
    let client = Client::builder()
        .credentials(Credentials::new("AKIDtest", "key"))
        .endpoint(&server.url)
        .attempt_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let e = client.call(send_verify_code()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::OutcomeUnknown);
    assert_eq!(server.connections_so_far().await, 1, "a second attempt would need a second connection");
}

#[tokio::test]
async fn attempts_are_bounded() {
    let server = Server::start(|_| Reply::json(THROTTLED)).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(e.code(), Some("RequestLimitExceeded"));
    assert_eq!(server.requests().len(), tc3_runtime::DEFAULT_MAX_ATTEMPTS as usize);

    let server = Server::start(|_| Reply::json(THROTTLED)).await;
    let once = Client::builder().credentials(Credentials::new("AKIDtest", "key")).endpoint(&server.url).max_attempts(1);
    once.build().unwrap().call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn business_refusals_are_not_retried() {
    let server = Server::start(|_| {
        Reply::json(r#"{"Response":{"Error":{"Code":"FailedOperation.PhoneBindUpper","Message":"x"},"RequestId":"r"}}"#)
    })
    .await;
    client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
}

fn http_date(unix: u64) -> String {
    httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(unix))
}

#[tokio::test]
async fn a_server_clock_ten_minutes_ahead_is_learned_and_the_call_signed_again() {
    // The server's clock runs 10 minutes ahead of ours and refuses stale timestamps.
    let server = Server::start(|r| {
        let server_now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + 600;
        let date = http_date(server_now);
        let sent: u64 = r.headers["x-tc-timestamp"].parse().unwrap();
        let body = if server_now.abs_diff(sent) > 300 {
            r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"r"}}"#
        } else {
            OK
        };
        Reply::http_with(200, &[("Content-Type", "application/json"), ("Date", &date)], body.as_bytes())
    })
    .await;
    let client = client(&server);
    client.call(send_verify_code()).await.unwrap();
    assert_eq!(server.requests().len(), 2, "one refusal, one corrected attempt");
    client.clone().call(send_verify_code()).await.unwrap();
    assert_eq!(server.requests().len(), 3, "clones share the corrected clock");
}

#[tokio::test]
async fn a_burst_is_paced_to_the_action_rate_limit() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let client = client(&server);
    let started = Instant::now();
    let calls: Vec<_> = (0..30)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call(send_verify_code()).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    // 30 calls at 20 per second: the last may start no sooner than 29/20 s after the first.
    assert!(started.elapsed() >= Duration::from_millis(1400), "{:?}", started.elapsed());
    assert_eq!(server.requests().len(), 30);
}

#[tokio::test]
async fn pacing_can_be_turned_off() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let client = Client::builder().credentials(Credentials::new("AKIDtest", "key")).endpoint(&server.url).pacing(false);
    let client = client.build().unwrap();
    let started = Instant::now();
    for _ in 0..5 {
        client.call(OncePerSecond {}).await.unwrap();
    }
    // Paced, five calls of an action allowed once a second take 4 s at least; unpaced they
    // take milliseconds, so even a heavily loaded machine stays far below.
    assert!(started.elapsed() < Duration::from_secs(4), "{:?}", started.elapsed());
    assert_eq!(server.requests().len(), 5);
}
