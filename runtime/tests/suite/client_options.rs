//! Per-call options and the attempt hook, against a loopback server.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::actions::GetCountryCodes;
use crate::support::{Reply, Server};
use tc3_runtime::{CallOptions, ErrorKind, Language, RetryReason};

const OK: &str = r#"{"Response":{"Data":[],"RequestId":"r-ok"}}"#;
const THROTTLED: &str =
    r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-t"}}"#;

fn builder(server: &Server) -> tc3_runtime::ClientBuilder {
    crate::support::client_builder(&server.url)
}

/// A server whose first `failures` answers are throttling, then OK.
async fn throttling(failures: usize) -> Server {
    let seen = Arc::new(Mutex::new(0));
    Server::start(move |_| {
        let mut seen = seen.lock().unwrap();
        *seen += 1;
        Reply::json(if *seen <= failures { THROTTLED } else { OK })
    })
    .await
}

#[tokio::test]
async fn options_change_one_call_and_leave_the_client_as_it_was() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let client = builder(&server).region("ap-singapore").build().unwrap();
    let options = CallOptions::new().region("ap-jakarta").language(Language::ZhCn);
    client.call_with(GetCountryCodes {}, &options).await.unwrap();
    client.call(GetCountryCodes {}).await.unwrap();
    client
        .call_json_with("intlpartnersmgt", "2022-09-28", "GetCountryCodes", serde_json::json!({}), &options)
        .await
        .unwrap();
    let sent: Vec<(String, String)> = server
        .requests()
        .iter()
        .map(|r| (r.headers["x-tc-region"].clone(), r.headers["x-tc-language"].clone()))
        .collect();
    assert_eq!(
        sent,
        [
            ("ap-jakarta".into(), "zh-CN".into()),
            ("ap-singapore".into(), "en-US".into()),
            ("ap-jakarta".into(), "zh-CN".into())
        ]
    );
}

#[tokio::test]
async fn max_attempts_of_one_call_bound_its_retries() {
    let server = throttling(usize::MAX).await;
    let client = builder(&server).build().unwrap();
    let e = client.call_with(GetCountryCodes {}, &CallOptions::new().max_attempts(1)).await.unwrap_err();
    assert_eq!(e.code(), Some("RequestLimitExceeded"));
    assert_eq!(server.requests().len(), 1);
    client.call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(server.requests().len(), 1 + tc3_runtime::DEFAULT_MAX_ATTEMPTS as usize, "the client's own setting");
}

#[tokio::test]
async fn options_breaking_a_rule_are_refused_before_sending() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let client = builder(&server).build().unwrap();
    for options in [
        CallOptions::new().attempt_timeout(Duration::ZERO),
        CallOptions::new().call_timeout(Duration::ZERO),
        CallOptions::new().max_attempts(0),
        CallOptions::new().region("ap singapore"),
    ] {
        let e = client.call_with(GetCountryCodes {}, &options).await.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Config, "{options:?}: {e}");
    }
    assert_eq!(server.connections_so_far().await, 0);
}

/// What the hook saw of one attempt.
#[derive(Debug, PartialEq)]
struct Seen {
    action: String,
    attempt: u32,
    status: Option<u16>,
    request_id: Option<String>,
    code: Option<String>,
    retry: Option<RetryReason>,
}

#[tokio::test]
async fn the_hook_sees_every_attempt_and_why_it_was_retried() {
    let server = throttling(2).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let client = builder(&server)
        .on_attempt(move |a| {
            log.lock().unwrap().push(Seen {
                action: a.action.to_owned(),
                attempt: a.attempt,
                status: a.status,
                request_id: a.request_id.map(str::to_owned),
                code: a.error.and_then(|e| e.code()).map(str::to_owned),
                retry: a.retry,
            });
        })
        .build()
        .unwrap();
    client.call(GetCountryCodes {}).await.unwrap();
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    let throttled = |attempt| Seen {
        action: "GetCountryCodes".into(),
        attempt,
        status: Some(200),
        request_id: Some("r-t".into()),
        code: Some("RequestLimitExceeded".into()),
        retry: Some(RetryReason::Throttled),
    };
    let ok = Seen {
        action: "GetCountryCodes".into(),
        attempt: 3,
        status: Some(200),
        request_id: Some("r-ok".into()),
        code: None,
        retry: None,
    };
    assert_eq!(seen, [throttled(1), throttled(2), ok]);
}

#[tokio::test]
async fn the_last_attempt_is_reported_without_a_retry() {
    let server = throttling(usize::MAX).await;
    let count = Arc::new(Mutex::new(Vec::new()));
    let log = count.clone();
    let client =
        builder(&server).max_attempts(2).on_attempt(move |a| log.lock().unwrap().push(a.retry)).build().unwrap();
    client.call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(*count.lock().unwrap(), [Some(RetryReason::Throttled), None]);
}
