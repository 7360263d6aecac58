//! tc3's credential providers against the emulator's STS and metadata service: each hands
//! out a temporary key pair with a token, and partner calls signed with it succeed; a wrong
//! or expired token is refused as the real gateway refuses it.

use std::time::Duration;

use serde_json::json;
use tc3::intlpartnersmgt::v20220928::{GetCountryCodes, QueryPartnerCredit};
use tc3::{AssumeRoleProvider, Client, Credentials, CvmRoleProvider, ErrorKind, WebIdentityProvider};
use tc3_emulator::{Clock, Emulator, INSTANCE_ROLE};

const ROLE_ARN: &str = "qcs::cam::uin/100000000001:roleName/partner-backend";

fn client_with(e: &Emulator, provider: impl tc3::ProvideCredentials + 'static) -> Client {
    Client::builder().credentials_provider(provider).endpoint(e.url()).build().unwrap()
}

#[tokio::test]
async fn the_cvm_instance_role_signs_partner_calls() {
    let e = Emulator::start().await.unwrap();
    let listing = reqwest::get(format!("{}/latest/meta-data/cam/security-credentials/", e.url())).await.unwrap();
    assert_eq!(listing.text().await.unwrap(), INSTANCE_ROLE);

    let provider = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", e.url()));
    let client = client_with(&e, provider);
    let answer = client.call(GetCountryCodes {}).await.expect("signed with the instance role's keys");
    assert!(answer.data.is_some_and(|d| !d.is_empty()));
    client.call(QueryPartnerCredit {}).await.expect("a second call reuses the cached keys");
}

#[tokio::test]
async fn assume_role_with_the_partner_key_gives_working_keys() {
    let e = Emulator::start().await.unwrap();
    let provider = AssumeRoleProvider::new(e.credentials(), ROLE_ARN, "tc3-test").endpoint(e.url());
    let client = client_with(&e, provider);
    client.call(GetCountryCodes {}).await.expect("signed with the assumed role's keys");
}

#[tokio::test]
async fn assume_role_signed_with_an_unknown_key_is_refused() {
    let e = Emulator::start().await.unwrap();
    let stranger = Credentials::new("AKIDnobodyKnowsThisKey0000000000000", "secret");
    let provider = AssumeRoleProvider::new(stranger, ROLE_ARN, "tc3-test").endpoint(e.url());
    let error = client_with(&e, provider).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Credentials, "{error}");
    assert!(error.to_string().contains("AuthFailure.SecretIdNotFound"), "{error}");
}

#[tokio::test]
async fn a_tke_pod_token_is_exchanged_without_signing() {
    let e = Emulator::start().await.unwrap();
    let dir = std::env::temp_dir().join(format!("tc3-oidc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let token_file = dir.join("token");
    std::fs::write(&token_file, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2lnbmF0dXJl").unwrap();
    let provider = WebIdentityProvider::new("ap-singapore", "tke-oidc", &token_file, ROLE_ARN).endpoint(e.url());
    let result = client_with(&e, provider).call(GetCountryCodes {}).await;
    std::fs::remove_dir_all(&dir).unwrap();
    result.expect("signed with keys got for the pod's token");
}

/// Issues keys through STS directly, as a script would, and signs calls by hand with them.
async fn issued_keys(e: &Emulator) -> (Credentials, u64) {
    let sts = Client::builder().credentials(e.credentials()).endpoint(e.url()).build().unwrap();
    let body = json!({"RoleArn": ROLE_ARN, "RoleSessionName": "script", "DurationSeconds": 900});
    let answer = sts.call_json("sts", "2018-08-13", "AssumeRole", body).await.unwrap();
    let c = &answer["Credentials"];
    let credentials = Credentials::new(c["TmpSecretId"].as_str().unwrap(), c["TmpSecretKey"].as_str().unwrap())
        .with_token(c["Token"].as_str().unwrap());
    (credentials, answer["ExpiredTime"].as_u64().unwrap())
}

#[tokio::test]
async fn temporary_keys_need_their_own_token_and_stop_at_expiry() {
    let e = Emulator::builder().clock(Clock::manual_now()).start().await.unwrap();
    let (credentials, expires_at) = issued_keys(&e).await;
    assert_eq!(expires_at, e.now() + 900);
    let with = |c: Credentials| Client::builder().credentials(c).endpoint(e.url()).build().unwrap();
    with(credentials.clone()).call(GetCountryCodes {}).await.expect("the issued keys work");

    let (other, _) = issued_keys(&e).await;
    let mixed = Credentials::new(credentials.secret_id(), "unused").with_token(other.token().unwrap());
    let error = with(mixed).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(error.code(), Some("AuthFailure.TokenFailure"), "{error}");

    // Past expiry the keys are refused, after the client has learnt the server's clock.
    e.clock().advance(Duration::from_secs(901));
    let error = with(credentials).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(error.code(), Some("AuthFailure.TokenFailure"), "{error}");
}

#[tokio::test]
async fn malformed_sts_requests_get_the_sts_codes() {
    let e = Emulator::start().await.unwrap();
    let sts = Client::builder().credentials(e.credentials()).endpoint(e.url()).build().unwrap();
    let cases = [
        (json!({"RoleSessionName": "s"}), "MissingParameter"),
        (json!({"RoleArn": "arn:aws:iam::1:role/x", "RoleSessionName": "script"}), "InvalidParameter.ResouceError"),
        (json!({"RoleArn": ROLE_ARN, "RoleSessionName": "no spaces"}), "InvalidParameter.ParamError"),
        (
            json!({"RoleArn": ROLE_ARN, "RoleSessionName": "script", "DurationSeconds": 50_000}),
            "InvalidParameter.OverTimeError",
        ),
    ];
    for (body, expected) in cases {
        let error = sts.call_json("sts", "2018-08-13", "AssumeRole", body.clone()).await.unwrap_err();
        assert_eq!(error.code(), Some(expected), "{body}: {error}");
    }
}
