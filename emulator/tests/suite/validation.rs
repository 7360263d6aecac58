//! Small checks that used to pass anything: the faults document, download URLs nobody was
//! given, and the request id of an upstream error while recording.

use crate::support::call;
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator, Faults};

async fn post_faults(e: &Emulator, body: &str) -> (u16, Value) {
    let response = reqwest::Client::new().post(format!("{}/_emulator/faults", e.url())).body(body.to_owned());
    let response = response.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn a_faults_document_with_a_typo_or_a_value_out_of_range_changes_nothing() {
    let set = Faults { throttle_rate: 0.25, ..Faults::default() };
    let e = Emulator::builder().faults(set.clone()).start().await.unwrap();
    let refused = [
        (r#"{"throtle_rate": 0.5}"#, "unknown field `throtle_rate`"),
        (r#"{"drop_rate": 1.5}"#, "drop_rate: expected a rate from 0 to 1, got `1.5`"),
        (r#"{"lose_rate": -1}"#, "lose_rate: expected a rate from 0 to 1, got `-1`"),
        (r#"{"error_rate": 1, "error_status": 200}"#, "error_status: expected an HTTP error status from 400 to 599"),
    ];
    for (body, problem) in refused {
        let (status, answer) = post_faults(&e, body).await;
        assert_eq!(status, 400, "{body}: {answer}");
        assert!(answer["error"].as_str().unwrap().contains(problem), "{body}: {answer}");
    }
    assert_eq!(e.faults(), set, "a refused document resets nothing");
    let (status, _) = post_faults(&e, r#"{"error_rate": 0.5, "error_status": 429}"#).await;
    assert_eq!(status, 200);
    assert_eq!((e.faults().error_rate, e.faults().error_status), (0.5, 429));
}

#[tokio::test]
async fn faults_out_of_range_are_refused_by_the_builder_and_the_binary() {
    let bad = Emulator::builder().faults(Faults { drop_rate: 2.0, ..Faults::default() }).start().await;
    let error = bad.unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
    assert!(error.to_string().contains("drop_rate: expected a rate from 0 to 1"), "{error}");
    // `--upstream` alone makes the binary exit after reading its flags, had it taken them.
    let args = ["--fail", "0.1@200", "--upstream", "http://127.0.0.1:9"];
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tc3-emulator")).args(args).output();
    let out = out.unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--fail: expected an HTTP error status from 400 to 599, got `200`"), "{stderr}");
}

#[tokio::test]
async fn a_download_url_no_action_gave_is_not_found() {
    // 2024-05-29: the seeded customers have bills in May.
    let e = Emulator::builder().clock(Clock::manual(1_717_000_000)).start().await.unwrap();
    let given = call(&e, "DescribeBillDownloadUrl", &json!({"Month": "2024-05", "FileType": "L3"}).to_string()).await;
    let url = given["DownloadUrl"].as_str().unwrap();
    assert_eq!(reqwest::get(url).await.unwrap().status(), 200);
    let uin = call(&e, "QueryCustomersCredit", "{}").await["Data"][0]["ClientUin"].as_u64().unwrap();
    let fine = format!("customer_Customer_{uin}_2024-05_billDetail.csv");
    assert_eq!(reqwest::get(format!("{}/_emulator/download/{fine}", e.url())).await.unwrap().status(), 200);
    for token in [
        "bill_1999-01_L2.csv",
        "bill_2030-01_L2.csv",
        "bill_2024-05_L9.csv",
        "rebate_2024-05_Everything.csv",
        "customer_Customer_42_2024-05_billDetail.csv",
        &format!("customer_Customer_0{uin}_2024-05_billDetail.csv"),
        "customer_Customer_all_2024-05_secrets.csv",
        "customer_Nobody_all_2024-05_billDetail.csv",
    ] {
        let response = reqwest::get(format!("{}/_emulator/download/{token}", e.url())).await.unwrap();
        assert_eq!(response.status(), 404, "{token}: {}", response.text().await.unwrap());
    }
}

#[tokio::test]
async fn an_upstream_error_is_passed_on_with_the_upstreams_request_id() {
    // Another seed than the recorder's, so that the two emulators' request ids differ.
    let upstream = Emulator::builder().seed(2).key_pair("AKIDupstream", "upstream-key").start().await.unwrap();
    let to_upstream = tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDupstream", "upstream-key"))
        .endpoint(upstream.url())
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cassette = dir.path().join("calls.jsonl");
    let recorder = Emulator::builder().record(&cassette, to_upstream).start().await.unwrap();
    let client = recorder.client().unwrap();
    let refused = client.call_json("cvm", "2017-03-12", "DescribeInstances", json!({"Limmit": 1})).await;
    let refused = refused.unwrap_err();
    assert_eq!(refused.code(), Some("UnknownParameter"), "{refused}");
    let recorded: Value = serde_json::from_str(std::fs::read_to_string(&cassette).unwrap().trim()).unwrap();
    let upstream_id = recorded["requestId"].as_str().expect("the cassette keeps the upstream's request id");
    assert_eq!(refused.request_id(), Some(upstream_id));
}
