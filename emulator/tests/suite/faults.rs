//! Fault injection, through the library, the HTTP switch and a client that must survive it.

use std::time::{Duration, Instant};

use crate::support::{Call, code};
use tc3_emulator::{Emulator, Faults};

#[tokio::test]
async fn latency_is_added() {
    let e = Emulator::builder()
        .faults(Faults { latency_ms: 80, latency_rate: 1.0, ..Faults::default() })
        .start()
        .await
        .unwrap();
    let started = Instant::now();
    let (_, answer) = Call::new(&e, "GetCountryCodes", "{}").send(&e).await;
    assert_eq!(code(&answer), "OK");
    assert!(started.elapsed() >= Duration::from_millis(80));
}

#[tokio::test]
async fn connections_drop_and_gateways_fail() {
    let e = Emulator::start().await.unwrap();
    e.set_faults(Faults { drop_rate: 1.0, ..Faults::default() });
    let sent = reqwest::Client::new().post(e.url()).body("{}").send().await;
    assert!(sent.is_err(), "the connection closes without an answer");
    e.set_faults(Faults { error_rate: 1.0, error_status: 503, ..Faults::default() });
    let response = reqwest::Client::new().post(e.url()).body("{}").send().await.unwrap();
    assert_eq!(response.status().as_u16(), 503);
}

#[tokio::test]
async fn throttling_answers_request_limit_exceeded() {
    let e = Emulator::start().await.unwrap();
    e.set_faults(Faults { throttle_rate: 1.0, ..Faults::default() });
    let (_, answer) = Call::new(&e, "GetCountryCodes", "{}").send(&e).await;
    assert_eq!(code(&answer), "RequestLimitExceeded");
}

#[tokio::test]
async fn a_shifted_clock_expires_signatures_made_with_the_local_one() {
    let e = Emulator::start().await.unwrap();
    let local = e.now();
    e.set_faults(Faults { clock_offset_secs: -600, ..Faults::default() });
    let mut call = Call::new(&e, "GetCountryCodes", "{}");
    call.timestamp = local;
    assert_eq!(code(&call.send(&e).await.1), "AuthFailure.SignatureExpire");
}

#[tokio::test]
async fn the_tc3_client_learns_a_skewed_clock_and_rides_out_throttling() {
    let e = Emulator::builder()
        .faults(Faults { clock_offset_secs: 900, throttle_rate: 0.3, ..Faults::default() })
        .start()
        .await
        .unwrap();
    let client = tc3::Client::builder()
        .credentials(e.credentials())
        .endpoint(e.url())
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
        .max_attempts(8)
        .build()
        .unwrap();
    for _ in 0..3 {
        let answer =
            client.call_json("intlpartnersmgt", "2022-09-28", "GetTradeConfigList", serde_json::json!({})).await;
        assert!(answer.is_ok(), "{answer:?}");
    }
}

#[tokio::test]
async fn faults_switch_over_http() {
    let e = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let set = http
        .post(format!("{}/_emulator/faults", e.url()))
        .body(r#"{"throttle_rate": 0.5, "latency_ms": 5}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(set.status().as_u16(), 200);
    assert_eq!(e.faults(), Faults { throttle_rate: 0.5, latency_ms: 5, ..Faults::default() });
    let shown: Faults = http.get(format!("{}/_emulator/faults", e.url())).send().await.unwrap().json().await.unwrap();
    assert_eq!(shown.throttle_rate, 0.5);
    let bad = http.post(format!("{}/_emulator/faults", e.url())).body("nonsense").send().await.unwrap();
    assert_eq!(bad.status().as_u16(), 400);
}
