//! Waiters over real HTTP on 127.0.0.1, on tokio's paused time: the server answers a script of
//! states, one per request, and records when (in the paused clock) each poll arrived; no test
//! waits for real seconds.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tc3_runtime::waiting::{Acceptor, DEFAULT_MAX_DELAY, DEFAULT_MIN_DELAY, Matcher, Outcome, WaitOptions, Waiter};
use tc3_runtime::{Action, Client, ErrorKind};
use tokio::time::Instant;

use crate::support::{Reply, Server};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeThings {
    thing_ids: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeThingsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    thing_set: Option<Vec<Thing>>,
    request_id: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Thing {
    state: String,
}

impl Action for DescribeThings {
    type Response = DescribeThingsResponse;
    const SERVICE: &'static str = "test";
    const VERSION: &'static str = "2020-01-01";
    const ACTION: &'static str = "DescribeThings";
    const IDEMPOTENT: bool = true;
}

/// Every thing ready; one broken, or no room for it, fails; not listed yet means poll again.
const THING_READY: Waiter<DescribeThings> = Waiter::new(
    "THING_READY",
    "ThingSet[].State",
    &[
        Acceptor::new(Outcome::Success, Matcher::All("READY")),
        Acceptor::new(Outcome::Failure, Matcher::Any("BROKEN")),
        Acceptor::new(Outcome::Retry, Matcher::Error("ResourceNotFound.Thing")),
        Acceptor::new(Outcome::Failure, Matcher::Error("ResourceInsufficient.Thing")),
    ],
);

/// Any thing ready will do.
const ANY_READY: Waiter<DescribeThings> =
    Waiter::new("ANY_READY", "ThingSet[].State", &[Acceptor::new(Outcome::Success, Matcher::Any("READY"))]);

/// Gone: not listed, or the service says it does not know it.
const THING_GONE: Waiter<DescribeThings> = Waiter::new(
    "THING_GONE",
    "ThingSet[].State",
    &[
        Acceptor::new(Outcome::Success, Matcher::Empty),
        Acceptor::new(Outcome::Success, Matcher::Error("ResourceNotFound.Thing")),
    ],
);

/// One scripted answer.
#[derive(Clone, Copy)]
enum Step {
    /// Things in these states.
    States(&'static [&'static str]),
    /// The service's error with this code.
    Error(&'static str),
}

/// A server that answers `script` in order, its last step again and again, each answer with
/// request id `r-<n>`; and the paused clock's time of every request.
async fn scripted(script: &'static [Step]) -> (Server, Arc<Mutex<Vec<Instant>>>) {
    let times = Arc::new(Mutex::new(Vec::new()));
    let seen = times.clone();
    let server = Server::start(move |_| {
        let mut seen = seen.lock().unwrap();
        seen.push(Instant::now());
        let n = seen.len();
        let body = match script[(n - 1).min(script.len() - 1)] {
            Step::States(states) => {
                let things: Vec<String> = states.iter().map(|s| format!(r#"{{"State":"{s}"}}"#)).collect();
                format!(r#"{{"Response":{{"ThingSet":[{}],"RequestId":"r-{n}"}}}}"#, things.join(","))
            }
            Step::Error(code) => {
                format!(r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"scripted"}},"RequestId":"r-{n}"}}}}"#)
            }
        };
        Reply::json(&body)
    })
    .await;
    (server, times)
}

fn request() -> DescribeThings {
    DescribeThings { thing_ids: vec!["t-1".into(), "t-2".into()] }
}

fn client(server: &Server) -> Client {
    crate::support::client_builder(&server.url).build().unwrap()
}

/// Whether `a` is `b` within the paused clock's rounding of timers to milliseconds.
fn about(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

/// Seconds between each request and the first.
fn offsets(times: &Mutex<Vec<Instant>>) -> Vec<f64> {
    let times = times.lock().unwrap();
    times.iter().map(|t| t.duration_since(times[0]).as_secs_f64()).collect()
}

#[tokio::test(start_paused = true)]
async fn a_wait_returns_the_answer_that_reached_the_state_after_several_polls() {
    const SCRIPT: &[Step] = &[
        Step::States(&["PENDING", "PENDING"]),
        Step::States(&["READY", "PENDING"]),
        Step::States(&["READY", "READY"]),
    ];
    let (server, times) = scripted(SCRIPT).await;
    let start = Instant::now();
    let ready = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap();
    assert_eq!(ready.request_id, "r-3");
    assert_eq!(ready.thing_set.unwrap().len(), 2);
    assert_eq!(times.lock().unwrap().len(), 3);
    // Two delays of the defaults: 5 s, then 5 to 10 s.
    let waited = start.elapsed();
    assert!((Duration::from_secs(10)..=Duration::from_secs(15)).contains(&waited), "{waited:?}");
    // Every poll is the same request.
    let bodies: Vec<Vec<u8>> = server.requests().into_iter().map(|r| r.body).collect();
    assert!(bodies.iter().all(|b| b == br#"{"ThingIds":["t-1","t-2"]}"#));
}

#[tokio::test(start_paused = true)]
async fn a_failure_state_ends_the_wait_with_that_state_and_the_request_id() {
    const SCRIPT: &[Step] = &[Step::States(&["PENDING", "PENDING"]), Step::States(&["READY", "BROKEN"])];
    let (server, _) = scripted(SCRIPT).await;
    let error = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WaitFailed);
    assert_eq!(error.state(), Some("BROKEN"));
    assert_eq!(error.request_id(), Some("r-2"));
    assert!(error.to_string().contains("THING_READY (DescribeThings): reached BROKEN"), "{error}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn running_out_of_time_ends_in_its_own_kind_with_the_last_state() {
    let (server, times) = scripted(&[Step::States(&["PENDING", "READY"])]).await;
    let start = Instant::now();
    let error = client(&server).wait(&THING_READY, request(), Duration::from_secs(120)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
    assert!(!error.is_timeout(), "a wait's deadline is not a call's timeout");
    assert_eq!(error.state(), Some("PENDING,READY"));
    let polls = times.lock().unwrap().len();
    assert_eq!(error.request_id(), Some(format!("r-{polls}").as_str()));
    assert!(error.to_string().contains("not reached within 120s; the last answer had state PENDING,READY"), "{error}");
    // The wait ends at its deadline, after a last poll just before it.
    assert!(about(start.elapsed().as_secs_f64(), 119.0), "{:?}", start.elapsed());
    assert!(about(*offsets(&times).last().unwrap(), 119.0), "{:?}", offsets(&times));
}

#[tokio::test(start_paused = true)]
async fn not_found_polls_again_until_the_resource_is_listed() {
    const SCRIPT: &[Step] = &[
        Step::Error("ResourceNotFound.Thing"),
        Step::Error("ResourceNotFound.Thing"),
        Step::States(&["PENDING"]),
        Step::States(&["READY"]),
    ];
    let (server, _) = scripted(SCRIPT).await;
    let ready = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap();
    assert_eq!(ready.request_id, "r-4");
}

#[tokio::test(start_paused = true)]
async fn a_timeout_on_not_found_names_the_error_code() {
    let (server, _) = scripted(&[Step::Error("ResourceNotFound.Thing")]).await;
    let error = client(&server).wait(&THING_READY, request(), Duration::from_secs(30)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
    assert_eq!((error.state(), error.code()), (None, Some("ResourceNotFound.Thing")));
    assert!(error.to_string().starts_with("ResourceNotFound.Thing: THING_READY (DescribeThings): not reached within 30s; the last answer had this error [request id r-"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn an_error_code_can_be_a_failure_state() {
    let (server, _) =
        scripted(&[Step::Error("ResourceNotFound.Thing"), Step::Error("ResourceInsufficient.Thing")]).await;
    let error = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WaitFailed);
    assert_eq!(
        (error.code(), error.state(), error.request_id()),
        (Some("ResourceInsufficient.Thing"), None, Some("r-2"))
    );
    assert_eq!(
        error.to_string(),
        "ResourceInsufficient.Thing: THING_READY (DescribeThings): this error is a failure state [request id r-2]"
    );
}

#[tokio::test(start_paused = true)]
async fn an_error_no_acceptor_names_ends_the_wait_as_it_is() {
    let (server, _) = scripted(&[Step::States(&["PENDING"]), Step::Error("AuthFailure.UnauthorizedOperation")]).await;
    let error = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(error.code(), Some("AuthFailure.UnauthorizedOperation"));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn polls_are_reads_retried_by_the_call_itself() {
    const SCRIPT: &[Step] = &[
        Step::States(&["PENDING"]),
        Step::Error("InternalError"),
        Step::Error("InternalError"),
        Step::States(&["READY"]),
    ];
    let (server, times) = scripted(SCRIPT).await;
    let ready = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap();
    assert_eq!(ready.request_id, "r-4");
    // The second poll took three attempts, a few milliseconds apart (the test client's backoff).
    let polled = offsets(&times);
    assert!(polled[3] - polled[1] < 0.1, "{polled:?}");
}

#[tokio::test(start_paused = true)]
async fn an_all_matcher_is_false_on_an_empty_list() {
    // Just created, the things are not listed yet: no "every thing is ready" on nothing.
    let (server, _) = scripted(&[Step::States(&[]), Step::States(&[]), Step::States(&["READY", "READY"])]).await;
    let ready = client(&server).wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap();
    assert_eq!(ready.request_id, "r-3");
}

#[tokio::test(start_paused = true)]
async fn an_any_matcher_needs_one_value_only() {
    let (server, _) = scripted(&[Step::States(&["PENDING", "PENDING"]), Step::States(&["PENDING", "READY"])]).await;
    let ready = client(&server).wait(&ANY_READY, request(), Duration::from_secs(600)).await.unwrap();
    assert_eq!(ready.request_id, "r-2");
}

#[tokio::test(start_paused = true)]
async fn an_empty_list_or_an_error_code_can_be_what_success_means() {
    let (server, _) = scripted(&[Step::States(&["DELETING"]), Step::States(&[])]).await;
    let gone = client(&server).wait(&THING_GONE, request(), Duration::from_secs(600)).await.unwrap();
    assert_eq!((gone.request_id.as_str(), gone.thing_set.map(|s| s.len())), ("r-2", Some(0)));

    let (server, _) = scripted(&[Step::States(&["DELETING"]), Step::Error("ResourceNotFound.Thing")]).await;
    let gone = client(&server).wait(&THING_GONE, request(), Duration::from_secs(600)).await.unwrap();
    // No answer to return: the response with its request id alone.
    assert_eq!((gone.request_id.as_str(), gone.thing_set.is_none()), ("r-2", true));
}

#[tokio::test(start_paused = true)]
async fn delays_grow_between_the_minimum_and_the_maximum_and_the_last_poll_is_just_before_the_deadline() {
    let (server, times) = scripted(&[Step::States(&["PENDING"])]).await;
    let client = client(&server);
    let error = client.wait(&THING_READY, request(), Duration::from_secs(600)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
    let polled = offsets(&times);
    let gaps: Vec<f64> = polled.windows(2).map(|w| w[1] - w[0]).collect();
    let (regular, last) = gaps.split_at(gaps.len() - 1);
    let (min, max) = (DEFAULT_MIN_DELAY.as_secs_f64(), DEFAULT_MAX_DELAY.as_secs_f64());
    assert!(about(regular[0], min), "{gaps:?}");
    // Each delay's ceiling doubles up to the maximum, and a delay is at least half its ceiling.
    for (n, gap) in regular.iter().enumerate() {
        let ceiling = (min * 2f64.powi(n as i32)).min(max);
        assert!(*gap >= (ceiling / 2.0).max(min) - 0.01 && *gap <= ceiling + 0.01, "delay {n}: {gaps:?}");
    }
    assert!(regular.iter().rev().take(3).all(|gap| *gap >= max / 2.0 - 0.01), "{gaps:?}");
    // The last poll: one second before the deadline, however long the delay before it.
    assert!(about(*polled.last().unwrap(), 599.0), "{polled:?}");
    assert!(last[0] <= max + 0.01, "{gaps:?}");

    // Settable: from 1 s to 4 s.
    let (server, times) = scripted(&[Step::States(&["PENDING"])]).await;
    let options = WaitOptions::new().min_delay(Duration::from_secs(1)).max_delay(Duration::from_secs(4));
    let client = crate::support::client_builder(&server.url).build().unwrap();
    let _ = client.wait_with(&THING_READY, request(), Duration::from_secs(60), &options).await.unwrap_err();
    let polled = offsets(&times);
    let gaps: Vec<f64> = polled.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(about(gaps[0], 1.0), "{gaps:?}");
    assert!(gaps.iter().all(|gap| *gap <= 4.01) && gaps[4..].iter().any(|gap| *gap > 2.0), "{gaps:?}");
    assert!(about(*polled.last().unwrap(), 59.0), "{polled:?}");
}

#[tokio::test(start_paused = true)]
async fn bad_delays_are_refused_before_any_poll() {
    let (server, _) = scripted(&[Step::States(&["READY"])]).await;
    let options = WaitOptions::new().min_delay(Duration::from_secs(10)).max_delay(Duration::from_secs(5));
    let error =
        client(&server).wait_with(&THING_READY, request(), Duration::from_secs(60), &options).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Config);
    assert!(error.to_string().contains("min_delay (10s) is more than max_delay (5s)"), "{error}");
    assert!(server.requests().is_empty());
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_waits_too() {
    // Real time here: the delays are the shortest the options allow to be short.
    const SCRIPT: &[Step] = &[Step::States(&["PENDING"]), Step::States(&["BROKEN"])];
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (server, _) = runtime.block_on(scripted(SCRIPT));
    let client = crate::support::client_builder(&server.url).build_blocking().unwrap();
    let options = WaitOptions::new().min_delay(Duration::from_millis(1)).max_delay(Duration::from_millis(2));
    let error = client.wait_with(&THING_READY, request(), Duration::from_secs(600), &options).unwrap_err();
    assert_eq!((error.kind(), error.state()), (ErrorKind::WaitFailed, Some("BROKEN")));
    drop(runtime);
}
