//! Services of the catalogue other than the partner API, answered from their spec: routed by
//! the signature's credential scope, checked with the real codes, answered with every member
//! the response declares.

use serde_json::{Value, json};
use tc3_emulator::{Emulator, example_request};

async fn call(emulator: &Emulator, service: &str, version: &str, action: &str, params: Value) -> tc3::Result<Value> {
    emulator.client()?.call_json(service, version, action, params).await
}

#[tokio::test]
async fn a_cvm_call_gets_every_member_of_its_response_with_the_spec_example_values() {
    let emulator = Emulator::start().await.unwrap();
    let answer = call(&emulator, "cvm", "2017-03-12", "DescribeInstances", json!({"Limit": "5"})).await.unwrap();
    assert_eq!(answer["TotalCount"], 1, "an integer, from the spec's example: {answer}");
    let instance = &answer["InstanceSet"][0];
    assert!(instance["InstanceId"].as_str().is_some_and(|id| id.starts_with("ins-")), "{instance}");
    assert!(instance["CPU"].is_i64(), "{instance}");
    assert!(instance["Placement"]["Zone"].is_string(), "objects are filled in: {instance}");
    assert!(answer["RequestId"].as_str().is_some_and(|id| !id.is_empty()));
}

#[tokio::test]
async fn parameters_are_checked_against_the_service_version_spec() {
    let emulator = Emulator::start().await.unwrap();
    let code = |result: tc3::Result<Value>| result.unwrap_err().code().map(str::to_owned);
    let describe = |params| call(&emulator, "cvm", "2017-03-12", "DescribeInstances", params);
    assert_eq!(code(describe(json!({"Color": 1})).await).as_deref(), Some("UnknownParameter"));
    assert_eq!(code(describe(json!({"Limit": "five"})).await).as_deref(), Some("InvalidParameter"));
    assert_eq!(code(describe(json!({"InstanceIds": "ins-1"})).await).as_deref(), Some("InvalidParameter"));
    let start = call(&emulator, "cvm", "2017-03-12", "StartInstances", json!({})).await;
    assert_eq!(code(start).as_deref(), Some("MissingParameter"));
    let unknown = call(&emulator, "cvm", "2017-03-12", "DescribeUnicorns", json!({})).await;
    assert_eq!(code(unknown).as_deref(), Some("InvalidAction"));
    let old = call(&emulator, "cvm", "2016-01-01", "DescribeInstances", json!({})).await;
    assert_eq!(code(old).as_deref(), Some("NoSuchVersion"));
}

#[tokio::test]
async fn the_signature_is_verified_for_the_service_it_names() {
    let emulator = Emulator::start().await.unwrap();
    let stranger = tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDsomeoneElse0000000000000000000000", "not-the-key"))
        .endpoint(emulator.url())
        .build()
        .unwrap();
    let refused = stranger.call_json("vpc", "2017-03-12", "DescribeVpcs", json!({})).await.unwrap_err();
    assert_eq!(refused.code(), Some("AuthFailure.SecretIdNotFound"), "{refused}");
}

#[tokio::test]
async fn example_requests_hold_every_required_member_and_are_accepted() {
    let emulator = Emulator::start().await.unwrap();
    let request = example_request("cvm", "2017-03-12", "StartInstances").unwrap();
    assert_eq!(request, json!({"InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs"]}), "the spec's example, a list");
    let answer = call(&emulator, "cvm", "2017-03-12", "StartInstances", request).await.unwrap();
    assert!(answer["RequestId"].is_string(), "{answer}");
    assert_eq!(example_request("cvm", "2017-03-12", "DescribeUnicorns"), None);
}

#[tokio::test]
async fn the_partner_api_keeps_its_own_model() {
    let emulator = Emulator::start().await.unwrap();
    let countries = call(&emulator, "intlpartnersmgt", "2022-09-28", "GetCountryCodes", json!({})).await.unwrap();
    // The model's list of countries, not the spec's single example.
    let codes = countries["Data"].as_array().unwrap();
    assert!(codes.len() > 10 && codes.iter().any(|c| c["Code"] == "852"), "{countries}");
}

#[tokio::test]
async fn a_repeated_client_token_gets_the_first_answer_and_performs_nothing_again() {
    let emulator = Emulator::start().await.unwrap();
    let create = |token: &str| {
        let params = json!({"Name": "g", "Type": "HOST", "ClientToken": token});
        call(&emulator, "cvm", "2017-03-12", "CreateDisasterRecoverGroup", params)
    };
    let first = create("token-1").await.unwrap();
    let again = create("token-1").await.unwrap();
    assert_eq!(again["DisasterRecoverGroupId"], first["DisasterRecoverGroupId"]);
    assert_eq!(emulator.performed("cvm", "CreateDisasterRecoverGroup"), 1);
    create("token-2").await.unwrap();
    assert_eq!(emulator.performed("cvm", "CreateDisasterRecoverGroup"), 2);
}
