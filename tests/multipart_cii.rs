//! Requests with binary members (`#[tc3(file)]`), sent as `multipart/form-data` as the official
//! Python SDK sends cii's `DescribeQualityScore` and `UploadMedicalFile` (mainland): the same
//! body, Content-Type and Authorization, byte for byte, for the same boundary and time; the
//! emulator takes them, and refuses a form changed after signing. Needs the official Python SDK
//! (see `capture`).

mod support;

use support::capture;

use tc3::cii::{DescribeQualityScore, UploadMedicalFile};

/// A PNG's first bytes, a CR LF and a zero: bytes a text part would not keep.
const IMAGE: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR--";

const SIGNED: [&str; 7] =
    ["authorization", "content-type", "host", "x-tc-action", "x-tc-version", "x-tc-timestamp", "x-tc-region"];

async fn compare<A: tc3::Action>(request: A, file: Option<&[u8]>, file_url: Option<&str>) {
    let credentials = tc3::Credentials::new("AKIDform000000000000000000000000000", "f0rm/+=");
    let action = A::ACTION;
    let (tc3, host) = capture::sent_by_tc3(tc3::Site::Mainland, credentials.clone(), request).await;
    let content_type = &tc3.headers["content-type"];
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect("a form").to_owned();
    assert!(boundary.len() == 32 && boundary.bytes().all(|b| b.is_ascii_hexdigit()), "{boundary}");
    let case = serde_json::json!({
        "secret_id": credentials.secret_id(),
        "secret_key": "f0rm/+=",
        "host": host,
        "region": "ap-guangzhou",
        "timestamp": tc3.headers["x-tc-timestamp"].parse::<u64>().unwrap(),
        "action": action,
        "boundary": boundary,
        "file": file.map(capture::hex),
        "file_url": file_url,
    });
    let sdk = capture::sent_by_official_sdk("multipart.py", &case, true);
    capture::assert_same(&tc3, &sdk, &SIGNED, action);
}

#[tokio::test]
async fn describe_quality_score_is_the_official_sdks_form() {
    let request = tc3::request!(DescribeQualityScore { file: IMAGE.to_vec() });
    compare(request, Some(IMAGE), None).await;
}

#[tokio::test]
async fn upload_medical_file_is_the_official_sdks_form_with_either_member_or_both() {
    let url = "https://example.com/scan.png?a=1&b=2";
    let both = tc3::request!(UploadMedicalFile { file: IMAGE.to_vec(), file_url: url });
    compare(both, Some(IMAGE), Some(url)).await;
    compare(tc3::request!(UploadMedicalFile { file_url: url }), None, Some(url)).await;
    compare(tc3::request!(UploadMedicalFile { file: Vec::new() }), Some(b""), None).await;
}

#[test]
fn files_are_no_json_members_and_show_by_their_length() {
    let request = tc3::request!(UploadMedicalFile { file: IMAGE.to_vec(), file_url: "u" });
    assert_eq!(serde_json::to_value(&request).unwrap(), serde_json::json!({"FileURL": "u"}));
    let shown = format!("{request:?}");
    assert!(shown.contains("file: Some(<18 bytes>)"), "{shown}");
}

#[tokio::test]
async fn the_emulator_takes_both_actions_as_forms() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let client = emulator.client_builder().site(tc3::Site::Mainland).build().unwrap();
    let score = client.call(tc3::request!(DescribeQualityScore { file: IMAGE.to_vec() })).await.unwrap();
    assert!(score.quality_score.is_some(), "{score:?}");
    let url = "https://example.com/scan.png";
    let uploaded = client.call(tc3::request!(UploadMedicalFile { file_url: url })).await.unwrap();
    assert!(!uploaded.request_id.is_empty());
    assert_eq!(emulator.performed("cii", "DescribeQualityScore"), 1);
    assert_eq!(emulator.performed("cii", "UploadMedicalFile"), 1);
}

/// Posts `form` to the emulator signed over `signed_form`; the answer's JSON.
async fn post_form(emulator: &tc3_emulator::Emulator, signed_form: &[u8], form: &[u8]) -> serde_json::Value {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = emulator.addr().to_string();
    let timestamp = emulator.now();
    let content_type = "multipart/form-data; boundary=0123456789abcdef0123456789abcdef";
    let authorization =
        tc3::sign::authorization(&emulator.credentials(), "cii", &host, timestamp, content_type, signed_form);
    let head = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         X-TC-Action: DescribeQualityScore\r\nX-TC-Version: 2021-04-08\r\nX-TC-Timestamp: {timestamp}\r\n\
         Authorization: {authorization}\r\nConnection: close\r\n\r\n",
        form.len()
    );
    let mut socket = tokio::net::TcpStream::connect(&host).await.unwrap();
    socket.write_all(head.as_bytes()).await.unwrap();
    socket.write_all(form).await.unwrap();
    let mut answer = Vec::new();
    socket.read_to_end(&mut answer).await.unwrap();
    let start = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    serde_json::from_slice(&answer[start..]).unwrap()
}

#[tokio::test]
async fn the_emulator_refuses_a_form_changed_after_signing() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let form = tc3::Form::with_boundary("0123456789abcdef0123456789abcdef").file("File", IMAGE).into_payload();
    let accepted = post_form(&emulator, form.bytes(), form.bytes()).await;
    assert!(accepted["Response"].get("Error").is_none(), "{accepted}");
    let mut tampered = form.bytes().to_vec();
    // A byte of the image: the form stays well formed, only its signature breaks.
    let last = tampered.len() - 45;
    tampered[last] ^= 1;
    let refused = post_form(&emulator, form.bytes(), &tampered).await;
    assert_eq!(refused["Response"]["Error"]["Code"], "AuthFailure.SignatureFailure", "{refused}");
    assert_eq!(emulator.performed("cii", "DescribeQualityScore"), 1);
}
