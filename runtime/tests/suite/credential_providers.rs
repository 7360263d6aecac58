//! Every provider of temporary credentials against local servers: the CVM metadata
//! service, STS AssumeRole and AssumeRoleWithWebIdentity, and expiry in a burst of calls.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::support::actions::GetCountryCodes;
use crate::support::{Received, Reply, Server};
use serde_json::{Value, json};
use tc3_runtime::{
    AssumeRoleProvider, Client, Credentials, CvmRoleProvider, ErrorKind, ProvideCredentials, WebIdentityProvider, sign,
};

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// Whether `r` carries a valid signature by `key` for `service`.
fn signed_by(r: &Received, id: &str, key: &str, service: &str) -> bool {
    let creds = Credentials::new(id, key);
    let timestamp = r.headers["x-tc-timestamp"].parse().unwrap();
    let expected = sign::authorization(&creds, service, &r.headers["host"], timestamp, "application/json", &r.body);
    r.headers.get("authorization") == Some(&expected)
}

fn sts_answer(id: &str, key: &str, token: &str, expires: u64) -> Reply {
    Reply::json(
        &json!({"Response": {
            "Credentials": {"TmpSecretId": id, "TmpSecretKey": key, "Token": token},
            "ExpiredTime": expires,
            "Expiration": "2026-01-01T00:00:00Z",
            "RequestId": "sts-req"
        }})
        .to_string(),
    )
}

fn envelope_error(code: &str) -> Reply {
    Reply::json(&json!({"Response": {"Error": {"Code": code, "Message": code}, "RequestId": "r"}}).to_string())
}

#[tokio::test]
async fn cvm_role_is_discovered_and_its_credentials_used() {
    let server = Server::start(|r| match r.path.as_str() {
        "/latest/meta-data/cam/security-credentials/" => Reply::http(200, "text/plain", b"partner-role"),
        "/latest/meta-data/cam/security-credentials/partner-role" => Reply::json(
            &json!({"TmpSecretId": "AKIDtmp", "TmpSecretKey": "tmpkey", "Token": "tok", "ExpiredTime": now() + 3600,
                    "Expiration": "x", "Code": "Success"})
            .to_string(),
        ),
        _ => Reply::http(404, "text/plain", b"no"),
    })
    .await;
    let provider = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", server.url));
    let creds = provider.credentials().await.unwrap();
    assert_eq!((creds.secret_id(), creds.token()), ("AKIDtmp", Some("tok")));
    provider.credentials().await.unwrap();
    assert_eq!(server.requests().len(), 2, "cached: one discovery and one fetch");
}

#[tokio::test]
async fn cvm_refusal_is_a_credentials_error_naming_the_code() {
    let server = Server::start(|r| {
        if r.path.ends_with("/my-role") {
            Reply::json(r#"{"Code":"RoleNotBound"}"#)
        } else {
            Reply::http(500, "text/plain", b"")
        }
    })
    .await;
    let provider = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data", server.url)).role("my-role");
    let e = provider.credentials().await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Credentials);
    assert!(e.to_string().contains("RoleNotBound"), "{e}");
}

#[tokio::test]
async fn assume_role_is_signed_with_the_source_keys_and_its_answer_signs_calls() {
    let sts = Server::start(|r| {
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        let ok = r.headers["x-tc-action"] == "AssumeRole"
            && r.headers["x-tc-version"] == "2018-08-13"
            && r.headers["x-tc-region"] == "ap-singapore"
            && body["RoleArn"] == "qcs::cam::uin/100:roleName/partner"
            && body["RoleSessionName"] == "billing-job"
            && signed_by(r, "AKIDlong", "longkey", "sts");
        if ok { sts_answer("AKIDrole", "rolekey", "roletoken", now() + 7200) } else { envelope_error("AuthFailure") }
    })
    .await;
    let api = Server::start(|r| {
        let ok = signed_by(r, "AKIDrole", "rolekey", "intlpartnersmgt") && r.headers["x-tc-token"] == "roletoken";
        if ok { Reply::json(r#"{"Response":{"Data":[],"RequestId":"r"}}"#) } else { envelope_error("AuthFailure") }
    })
    .await;
    let role = AssumeRoleProvider::new(
        Credentials::new("AKIDlong", "longkey"),
        "qcs::cam::uin/100:roleName/partner",
        "billing-job",
    )
    .region("ap-singapore")
    .endpoint(&sts.url);
    let client = Client::builder().credentials_provider(role).endpoint(&api.url).build().unwrap();
    client.call(GetCountryCodes {}).await.unwrap();
    client.call(GetCountryCodes {}).await.unwrap();
    assert_eq!(sts.requests().len(), 1, "the role's credentials are cached");
}

#[tokio::test]
async fn web_identity_is_unsigned_and_rereads_the_rotated_token() {
    let dir = std::env::temp_dir().join(format!("tc3-oidc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let token_file = dir.join("token");
    std::fs::write(&token_file, "oidc-token-1\n").unwrap();
    let sts = Server::start(|r| {
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(r.headers["authorization"], "SKIP");
        assert_eq!(r.headers["x-tc-action"], "AssumeRoleWithWebIdentity");
        assert_eq!(body["ProviderId"], "tke-provider");
        // Answers credentials that are already stale, so every call refreshes.
        let n = body["WebIdentityToken"].as_str().unwrap().trim_start_matches("oidc-token-").to_owned();
        sts_answer(&format!("AKIDtke{n}"), "k", "t", now())
    })
    .await;
    let provider =
        WebIdentityProvider::new("ap-singapore", "tke-provider", &token_file, "qcs::cam::uin/1:roleName/pod")
            .endpoint(&sts.url);
    assert_eq!(provider.credentials().await.unwrap().secret_id(), "AKIDtke1");
    std::fs::write(&token_file, "oidc-token-2").unwrap();
    assert_eq!(provider.credentials().await.unwrap().secret_id(), "AKIDtke2");
}

#[tokio::test]
async fn credentials_expiring_during_a_burst_of_1000_calls_never_mix_keys() {
    // STS hands out key pair n, valid for two seconds; the API checks every signature
    // against the key of the id it names, and the token against the id.
    let issued: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let fetches = Arc::new(AtomicU64::new(0));
    let (issued_sts, fetches_sts) = (issued.clone(), fetches.clone());
    let sts = Server::start(move |_| {
        let n = fetches_sts.fetch_add(1, Ordering::SeqCst) + 1;
        let (id, key) = (format!("AKIDtmp{n}"), format!("key{n}"));
        issued_sts.lock().unwrap().insert(id.clone(), key.clone());
        sts_answer(&id, &key, &format!("token-of-{id}"), now() + 2)
    })
    .await;
    let api = Server::start(move |r| {
        let id = r.headers["authorization"].split("Credential=").nth(1).unwrap().split('/').next().unwrap();
        let key = issued.lock().unwrap().get(id).cloned().unwrap_or_default();
        let ok = signed_by(r, id, &key, "intlpartnersmgt") && r.headers["x-tc-token"] == format!("token-of-{id}");
        if ok {
            Reply::json(r#"{"Response":{"Data":[],"RequestId":"r"}}"#)
        } else {
            envelope_error("AuthFailure.SignatureFailure")
        }
    })
    .await;
    let role = AssumeRoleProvider::new(Credentials::new("AKIDlong", "longkey"), "qcs::cam::uin/1:roleName/r", "burst")
        .endpoint(&sts.url);
    let client = Client::builder().credentials_provider(role).endpoint(&api.url).max_attempts(1).build().unwrap();
    let started = std::time::Instant::now();
    client.call(GetCountryCodes {}).await.expect("the first key pair works");
    let calls: Vec<_> = (0..1000u64)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                // Spread over three seconds, so keys expire and refresh in the middle.
                tokio::time::sleep(Duration::from_millis(i * 3)).await;
                client.call(GetCountryCodes {}).await
            })
        })
        .collect();
    let mut failures = Vec::new();
    for call in calls {
        if let Err(e) = call.await.unwrap() {
            failures.push(e.to_string());
        }
    }
    let elapsed = started.elapsed().as_secs();
    assert!(failures.is_empty(), "{} calls failed, first: {:?}", failures.len(), failures.first());
    // Keys valid 2 s are refreshed when 1 s is left: at most one fetch per second the test
    // lasted, however long a loaded machine makes it, and a second fetch at least, as the
    // burst goes on 3 s after the first (timers never fire early). One per call: a thousand.
    let fetched = fetches.load(Ordering::SeqCst);
    assert!((2..=elapsed + 2).contains(&fetched), "one refresh at a time: {fetched} fetches in {elapsed} s");
}

#[tokio::test]
async fn an_sts_refusal_keeps_its_code_request_id_and_source() {
    let sts = Server::start(|_| envelope_error("AuthFailure.SecretIdNotFound")).await;
    let role = AssumeRoleProvider::new(Credentials::new("AKIDgone", "key"), "qcs::cam::uin/1:roleName/r", "refused")
        .endpoint(&sts.url);
    let e = role.credentials().await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Credentials, "{e:?}");
    assert_eq!((e.code(), e.request_id()), (Some("AuthFailure.SecretIdNotFound"), Some("r")), "{e:?}");
    assert!(e.to_string().contains("STS AssumeRole of role `qcs::cam::uin/1:roleName/r` failed"), "{e}");
    let source = std::error::Error::source(&e).expect("the STS error is the source");
    assert!(source.to_string().starts_with("AuthFailure.SecretIdNotFound"), "{source}");
}
