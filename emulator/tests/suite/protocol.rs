//! The protocol as the real service speaks it: every refusal in the envelope, HTTP 200,
//! with a RequestId and the real code.

use crate::support::{Call, code};
use tc3_emulator::{Clock, Emulator};

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual_now()).start().await.unwrap()
}

async fn refusal(emulator: &Emulator, call: Call) -> String {
    let (status, answer) = call.send(emulator).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["Response"]["RequestId"].as_str().map(str::len), Some(36), "{answer}");
    assert!(answer["Response"]["Error"]["Message"].as_str().is_some_and(|m| !m.is_empty()));
    code(&answer)
}

#[tokio::test]
async fn a_valid_call_succeeds() {
    let e = emulator().await;
    let (status, answer) = Call::new(&e, "GetCountryCodes", "{}").send(&e).await;
    assert_eq!((status, code(&answer)), (200, "OK".into()));
    assert!(answer["Response"]["Data"].as_array().is_some_and(|d| d.len() > 10));
}

#[tokio::test]
async fn signature_failures_are_told_apart() {
    let e = emulator().await;
    let mut tampered = Call::new(&e, "GetCountryCodes", "{}");
    tampered.sent_body = Some(b"{ }".to_vec());
    assert_eq!(refusal(&e, tampered).await, "AuthFailure.SignatureFailure");

    let mut wrong_key = Call::new(&e, "GetCountryCodes", "{}");
    wrong_key.credentials = tc3::Credentials::new(tc3_emulator::DEMO_SECRET_ID, "not the key");
    assert_eq!(refusal(&e, wrong_key).await, "AuthFailure.SignatureFailure");

    let mut unknown = Call::new(&e, "GetCountryCodes", "{}");
    unknown.credentials = tc3::Credentials::new("AKIDnobody", "x");
    assert_eq!(refusal(&e, unknown).await, "AuthFailure.SecretIdNotFound");

    let mut garbage = Call::new(&e, "GetCountryCodes", "{}");
    garbage.authorization = Some("Basic dXNlcjpwYXNz".into());
    assert_eq!(refusal(&e, garbage).await, "AuthFailure.InvalidAuthorization");
}

#[tokio::test]
async fn timestamps_expire_after_five_minutes_either_way() {
    let e = emulator().await;
    let mut old = Call::new(&e, "GetCountryCodes", "{}");
    old.timestamp -= 301;
    assert_eq!(refusal(&e, old).await, "AuthFailure.SignatureExpire");
    let mut future = Call::new(&e, "GetCountryCodes", "{}");
    future.timestamp += 301;
    assert_eq!(refusal(&e, future).await, "AuthFailure.SignatureExpire");
    let mut edge = Call::new(&e, "GetCountryCodes", "{}");
    edge.timestamp -= 300;
    assert_eq!(code(&edge.send(&e).await.1), "OK");
}

#[tokio::test]
async fn actions_versions_and_parameters_are_checked() {
    let e = emulator().await;
    assert_eq!(refusal(&e, Call::new(&e, "LaunchRocket", "{}")).await, "InvalidAction");
    let mut old_version = Call::new(&e, "GetCountryCodes", "{}");
    old_version.version = "2017-03-12".into();
    assert_eq!(refusal(&e, old_version).await, "NoSuchVersion");
    assert_eq!(refusal(&e, Call::new(&e, "SendVerifyCode", r#"{"CountryCode":"852"}"#)).await, "MissingParameter");
    let unknown = r#"{"CountryCode":"852","PhoneNum":"1","Colour":"red"}"#;
    assert_eq!(refusal(&e, Call::new(&e, "SendVerifyCode", unknown)).await, "UnknownParameter");
    let mistyped = r#"{"Month":"2023-01","PageSize":"ten","Page":1}"#;
    assert_eq!(refusal(&e, Call::new(&e, "DescribeBillDetail", mistyped)).await, "InvalidParameter");
    assert_eq!(refusal(&e, Call::new(&e, "GetCountryCodes", "not json")).await, "InvalidParameter");
    let refused_area = r#"{"CountryCode":"86","PhoneNum":"13800000000"}"#;
    assert_eq!(refusal(&e, Call::new(&e, "SendVerifyCode", refused_area)).await, "InvalidParameterValue.UnSupportArea");
}

#[tokio::test]
async fn digit_strings_are_read_as_numbers() {
    let e = emulator().await;
    let (_, answer) = Call::new(&e, "QueryCustomersCredit", r#"{"Page":"1","PageSize":"2"}"#).send(&e).await;
    assert_eq!(code(&answer), "OK", "{answer}");
    assert_eq!(answer["Response"]["Data"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn bodies_over_ten_megabytes_are_refused() {
    let e = emulator().await;
    let big = format!(r#"{{"Filter":"{}"}}"#, "x".repeat(tc3_emulator::MAX_BODY_BYTES));
    assert_eq!(refusal(&e, Call::new(&e, "QueryCustomersCredit", &big)).await, "RequestSizeLimitExceeded");
}

#[tokio::test]
async fn each_action_has_its_rate_limit() {
    let e = emulator().await;
    // DescribeBillSummary allows one request per second; the manual clock does not move.
    let month = r#"{"Month":"2024-01","GroupType":"product"}"#;
    assert_eq!(code(&Call::new(&e, "DescribeBillSummary", month).send(&e).await.1), "OK");
    assert_eq!(refusal(&e, Call::new(&e, "DescribeBillSummary", month)).await, "RequestLimitExceeded");
    e.clock().advance(std::time::Duration::from_secs(1));
    assert_eq!(code(&Call::new(&e, "DescribeBillSummary", month).send(&e).await.1), "OK");
}

#[tokio::test]
async fn request_ids_are_unique() {
    let e = emulator().await;
    let mut ids = std::collections::HashSet::new();
    for _ in 0..5 {
        let (_, answer) = Call::new(&e, "GetTradeConfigList", "{}").send(&e).await;
        assert!(ids.insert(answer["Response"]["RequestId"].as_str().unwrap().to_owned()));
    }
}
