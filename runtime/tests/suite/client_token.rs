//! Idempotency tokens: an action with a `ClientToken` gets one token per call, sent on
//! every attempt, so failures after sending are retried instead of ending unknown.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::support::actions::RunInstances;
use crate::support::{Received, Reply, Server};
use tc3_runtime::{Client, Credentials};

const OK: &str = r#"{"Response":{"RequestId":"r-ok"}}"#;

fn client(server: &Server) -> Client {
    crate::support::client_builder(&server.url).build().unwrap()
}

/// A server whose first answer is `first()`, then OK.
async fn failing_once(first: fn() -> Reply) -> Server {
    let seen = Arc::new(AtomicUsize::new(0));
    Server::start(move |_| if seen.fetch_add(1, Ordering::SeqCst) == 0 { first() } else { Reply::json(OK) }).await
}

fn tokens(requests: &[Received]) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            serde_json::from_slice::<serde_json::Value>(&r.body).unwrap()["ClientToken"].as_str().unwrap().to_owned()
        })
        .collect()
}

#[tokio::test]
async fn a_dropped_connection_is_retried_with_the_same_token() {
    let server = failing_once(|| Reply::Raw(Vec::new())).await;
    client(&server).call(RunInstances { client_token: None, instance_count: 1 }).await.unwrap();
    let tokens = tokens(&server.requests());
    assert_eq!(tokens.len(), 2, "retried, not OutcomeUnknown");
    assert_eq!(tokens[0], tokens[1], "one token for the whole call");
    assert_eq!(tokens[0].len(), 36, "a UUID: {}", tokens[0]);
}

#[tokio::test]
async fn a_timeout_is_retried_with_the_same_token() {
    let server = failing_once(|| Reply::Silence).await;
    // The first attempt waits out its timeout; 1 s leaves the answered ones room on a loaded
    // machine (they take about a millisecond).
    let client = Client::builder()
        .credentials(Credentials::new("AKIDtest", "key"))
        .endpoint(&server.url)
        .attempt_timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    client.call(RunInstances { client_token: None, instance_count: 1 }).await.unwrap();
    let tokens = tokens(&server.requests());
    assert!(tokens.len() >= 2 && tokens.iter().all(|t| *t == tokens[0]), "{tokens:?}");
}

#[tokio::test]
async fn each_call_gets_its_own_token_and_a_given_one_is_kept() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let client = client(&server);
    for _ in 0..2 {
        client.call(RunInstances { client_token: None, instance_count: 1 }).await.unwrap();
    }
    client.call(RunInstances { client_token: Some(String::new()), instance_count: 1 }).await.unwrap();
    client.call(RunInstances { client_token: Some("mine-1".into()), instance_count: 1 }).await.unwrap();
    let tokens = tokens(&server.requests());
    assert_ne!(tokens[0], tokens[1]);
    assert!(!tokens[2].is_empty() && tokens[2] != tokens[0] && tokens[2] != tokens[1], "an empty one is filled");
    assert_eq!(tokens[3], "mine-1");
}
