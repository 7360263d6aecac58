//! Recording calls through the emulator to an upstream service (here another emulator,
//! with its own key pair, standing in for the real one), then replaying them offline.

use serde_json::{Value, json};
use tc3_emulator::{Cassette, Emulator};

const PARTNER: (&str, &str) = ("intlpartnersmgt", "2022-09-28");
const CVM: (&str, &str) = ("cvm", "2017-03-12");
const UPSTREAM_ID: &str = "AKIDupstreamRealKey000000000000000000";
const UPSTREAM_KEY: &str = "upstream-secret-key-never-recorded";
const PASSWORD: &str = "Kowl00n-Bakery!";

fn account(code: &str) -> Value {
    json!({
        "AccountType": "company", "Mail": "ops@kowloon.example", "Password": PASSWORD, "ConfirmPassword": PASSWORD,
        "PhoneNum": "51234567", "CountryCode": "852", "Area": "HK", "VerifyCode": code,
        "TradeOne": "kghy_01", "TradeTwo": "kghy_0101", "CustomerName": "Kowloon Bakery"
    })
}

async fn call(
    client: &tc3::Client,
    (service, version): (&str, &str),
    action: &str,
    params: Value,
) -> tc3::Result<Value> {
    let options = tc3::CallOptions::new().region("ap-singapore");
    client.call_json_with(service, version, action, params, &options).await
}

/// What a call answered: its members without `RequestId`, or its error code and message.
fn outcome(answer: &tc3::Result<Value>) -> Value {
    match answer {
        Ok(members) => {
            let mut members = members.clone();
            members.as_object_mut().unwrap().remove("RequestId");
            members
        }
        Err(e) => json!({"code": e.code(), "message": e.message()}),
    }
}

/// Records a partner onboarding and two cvm calls (one refused) through a recording
/// emulator; returns the cassette, its text and what each call answered.
async fn record(dir: &std::path::Path) -> (std::path::PathBuf, String, Vec<Value>) {
    let upstream = Emulator::builder().key_pair(UPSTREAM_ID, UPSTREAM_KEY).start().await.unwrap();
    let to_upstream = tc3::Client::builder()
        .credentials(tc3::Credentials::new(UPSTREAM_ID, UPSTREAM_KEY))
        .endpoint(upstream.url())
        .build()
        .unwrap();
    let path = dir.join("calls.jsonl");
    let recorder = Emulator::builder().record(&path, to_upstream).start().await.unwrap();
    let client = recorder.client().unwrap();
    let sms = json!({"CountryCode": "852", "PhoneNum": "51234567"});
    let sent = call(&client, PARTNER, "SendVerifyCode", sms).await;
    let code = upstream.latest_code("852", "51234567").expect("the upstream sent the code");
    let created = call(&client, PARTNER, "CreateAccount", account(&code)).await;
    let uin = created.as_ref().unwrap()["Uin"].as_str().unwrap().parse::<u64>().unwrap();
    assert!(upstream.customer_credentials(uin).is_some(), "the account exists upstream");
    let described = call(&client, CVM, "DescribeInstances", json!({"Limit": 1})).await;
    let refused = call(&client, CVM, "DescribeInstances", json!({"Limmit": 1})).await;
    assert_eq!(refused.as_ref().unwrap_err().code(), Some("UnknownParameter"), "{refused:?}");
    let text = std::fs::read_to_string(&path).unwrap();
    let first_id = text.lines().next().map(|l| serde_json::from_str::<Value>(l).unwrap()["requestId"].clone());
    assert_eq!(first_id.as_ref(), sent.as_ref().ok().map(|a| &a["RequestId"]), "the real request id is passed on");
    (path, text, [sent, created, described, refused].iter().map(outcome).collect())
}

#[tokio::test]
async fn a_recorded_session_replays_offline_with_the_same_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (path, text, mut recorded) = record(dir.path()).await;
    assert_eq!(text.lines().count(), 4, "{text}");
    // A secret in an answer is not recorded either: it replays as `<redacted>`.
    let password = &mut recorded[2]["InstanceSet"][0]["LoginSettings"]["Password"];
    assert!(password.as_str().is_some_and(|p| p != "<redacted>"), "the spec's example answer has one");
    *password = json!("<redacted>");
    let cassette = Cassette::load(&path).unwrap();
    assert_eq!(cassette.len(), 4);
    let replaying = Emulator::builder().replay(cassette).start().await.unwrap();
    let client = replaying.client().unwrap();
    // Another code than the one recorded: a secret is not in the cassette, so any matches.
    // Without the cassette this emulator's own model would refuse it (it sent no code).
    let replayed = [
        call(&client, PARTNER, "SendVerifyCode", json!({"CountryCode": "852", "PhoneNum": "51234567"})).await,
        call(&client, PARTNER, "CreateAccount", account("000000")).await,
        call(&client, CVM, "DescribeInstances", json!({"Limit": 1})).await,
        call(&client, CVM, "DescribeInstances", json!({"Limmit": 1})).await,
    ];
    assert_eq!(replayed.iter().map(outcome).collect::<Vec<_>>(), recorded);
    assert!(replaying.inbox().is_empty(), "a replayed call performs nothing");
    // A service with no recording is answered from its spec, as without a cassette.
    let vpcs = call(&client, ("vpc", "2017-03-12"), "DescribeVpcs", json!({})).await;
    assert!(vpcs.is_ok(), "{vpcs:?}");
}

#[tokio::test]
async fn a_cassette_holds_no_key_signature_or_secret_member() {
    let dir = tempfile::tempdir().unwrap();
    let (_, text, _) = record(dir.path()).await;
    for secret in [UPSTREAM_KEY, UPSTREAM_ID, tc3_emulator::DEMO_SECRET_KEY, tc3_emulator::DEMO_SECRET_ID, PASSWORD] {
        assert!(!text.contains(secret), "{secret} is in the cassette: {text}");
    }
    for word in ["Authorization", "TC3-HMAC-SHA256", "Signature", "X-TC-"] {
        assert!(!text.contains(word), "{word} is in the cassette: {text}");
    }
    let created: Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
    assert_eq!(created["action"], "CreateAccount");
    assert_eq!(created["params"]["Password"], "<redacted>");
    assert_eq!(created["params"]["VerifyCode"], "<redacted>");
    assert_eq!(created["params"]["Mail"], "ops@kowloon.example", "what is not secret is kept");
}

#[tokio::test]
async fn a_call_with_no_recording_is_refused_naming_the_closest() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = record(dir.path()).await;
    let replaying = Emulator::builder().replay(Cassette::load(&path).unwrap()).start().await.unwrap();
    let client = replaying.client().unwrap();
    let error = call(&client, CVM, "DescribeInstances", json!({"Limit": 2})).await.unwrap_err();
    assert_eq!(error.code(), Some("_emulator.NoRecording"));
    let message = error.message();
    assert!(message.contains("The closest is line 3: cvm DescribeInstances (version 2017-03-12)"), "{message}");
    assert!(message.contains("differ at Limit (recorded 1, sent 2)"), "{message}");
    let error = call(&client, CVM, "RunInstances", json!({})).await.unwrap_err();
    assert_eq!(error.code(), Some("_emulator.NoRecording"), "an unrecorded action of a recorded service");
}

#[tokio::test]
async fn a_call_the_upstream_does_not_answer_is_refused_and_not_recorded() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let to_nowhere = tc3::Client::builder()
        .credentials(tc3::Credentials::new(UPSTREAM_ID, UPSTREAM_KEY))
        .endpoint(format!("http://{closed}"))
        .max_attempts(1)
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let recorder = Emulator::builder().record(&path, to_nowhere).start().await.unwrap();
    let error = call(&recorder.client().unwrap(), CVM, "DescribeInstances", json!({})).await.unwrap_err();
    assert_eq!(error.code(), Some("_emulator.UpstreamFailed"), "{error}");
    assert!(!error.message().contains(UPSTREAM_KEY));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
}

#[tokio::test]
async fn recording_still_verifies_the_callers_signature() {
    let dir = tempfile::tempdir().unwrap();
    let to_nowhere = tc3::Client::builder().credentials(tc3::Credentials::new("AKIDx", "y")).build().unwrap();
    let recorder = Emulator::builder().record(dir.path().join("c.jsonl"), to_nowhere).start().await.unwrap();
    let stranger = tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDstranger", "wrong"))
        .endpoint(recorder.url())
        .build()
        .unwrap();
    let error = call(&stranger, CVM, "DescribeInstances", json!({})).await.unwrap_err();
    assert_eq!(error.code(), Some("AuthFailure.SecretIdNotFound"));
}

#[tokio::test]
async fn recording_and_replaying_at_once_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.jsonl");
    std::fs::write(&path, "").unwrap();
    let upstream = tc3::Client::builder().credentials(tc3::Credentials::new("AKIDx", "y")).build().unwrap();
    let both = Emulator::builder().record(&path, upstream).replay(Cassette::load(&path).unwrap()).start().await;
    assert_eq!(both.unwrap_err().kind(), std::io::ErrorKind::InvalidInput);
}

#[tokio::test]
async fn uploads_are_refused_and_streams_not_recorded_when_recording() {
    let upstream = Emulator::builder().key_pair(UPSTREAM_ID, UPSTREAM_KEY).start().await.unwrap();
    let to_upstream = tc3::Client::builder()
        .credentials(tc3::Credentials::new(UPSTREAM_ID, UPSTREAM_KEY))
        .endpoint(upstream.url())
        .max_attempts(1)
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let recorder = Emulator::builder().record(&path, to_upstream).start().await.unwrap();
    // cls UploadLog, as tc3 and the official SDKs send it: raw bytes, members as headers.
    let (body, now, host) = (b"\x0a\x02log".to_vec(), recorder.now(), recorder.addr().to_string());
    let content_type = "application/octet-stream";
    let authorization = tc3::sign::authorization(&recorder.credentials(), "cls", &host, now, content_type, &body);
    let answer: Value = reqwest::Client::new()
        .post(recorder.url())
        .header("Content-Type", content_type)
        .header("Authorization", authorization)
        .header("X-TC-Action", "UploadLog")
        .header("X-TC-Version", "2020-10-16")
        .header("X-TC-Timestamp", now.to_string())
        .header("X-CLS-TopicId", "topic-1")
        .body(body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["Response"]["Error"]["Code"], "_emulator.NotRecordable", "{answer}");
    assert_eq!(upstream.performed("cls", "UploadLog"), 0, "nothing was forwarded");
    // A streamed answer is not taken for an envelope: the forward fails and nothing is kept.
    let chat = json!({"Model": "hunyuan-lite", "Messages": [{"Role": "user", "Content": "hi"}], "Stream": true});
    let streamed = call(&recorder.client().unwrap(), ("hunyuan", "2023-09-01"), "ChatCompletions", chat).await;
    assert_eq!(streamed.unwrap_err().code(), Some("_emulator.UpstreamFailed"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
}
