//! Small checks that used to pass anything: the faults document, download URLs nobody was
//! given, and the request id of an upstream error while recording.

mod support;

use serde_json::{Value, json};
use support::call;
use tc3_emulator::{Clock, Emulator};

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
