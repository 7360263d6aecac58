//! cls UploadLog, the raw-body action (codegen/upload-actions.txt), as a user sends it: the
//! bytes and headers tc3 puts on the wire are those the official Python SDK of each site puts
//! there, Authorization included; the emulator takes it, and refuses a body that was changed
//! after signing. Needs the official Python SDK (see `capture`).

mod support;

use support::capture;

use tc3::cls::UploadLog;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A `LogGroupList` as protobuf bytes, as CLS's `cls.proto` encodes it: one log group from
/// source `10.0.0.1` with one log (time 1700000000000 ms, content `k: v`). Not UTF-8 (`0xff`).
const LOG_GROUP_LIST: &[u8] = b"\x0a\x1b\x0a\x0f\x08\x80\xd0\x95\xff\xbc\x31\x12\x06\x0a\x01k\x12\x01v\x22\x0810.0.0.1";

const TOPIC: &str = "f6c4fa6f-0000-4b6f-8289-1ff6f77ed975";

fn upload(compress_type: Option<&str>) -> UploadLog {
    let mut request = tc3::request!(UploadLog { topic_id: TOPIC, body: LOG_GROUP_LIST.to_vec() });
    request.compress_type = compress_type.map(str::to_owned);
    request
}

#[tokio::test]
async fn upload_log_goes_on_the_wire_as_the_official_sdk_of_each_site_sends_it() {
    let cases = [
        (tc3::Credentials::new("AKIDupload0000000000000000000000000", "k3y/+="), Some("lz4"), false),
        (tc3::Credentials::new("AKIDupload1111111111111111111111111", "s3cret").with_token("t0ken"), None, true),
    ];
    for (credentials, compress_type, mainland) in cases {
        let token = credentials.token().map(str::to_owned);
        let site = if mainland { tc3::Site::Mainland } else { tc3::Site::International };
        let (tc3, host) = capture::sent_by_tc3(site, credentials.clone(), upload(compress_type)).await;
        let timestamp: u64 = tc3.headers["x-tc-timestamp"].parse().unwrap();
        let case = serde_json::json!({
            "secret_id": credentials.secret_id(),
            "secret_key": if mainland { "s3cret" } else { "k3y/+=" },
            "token": token,
            "host": host,
            "region": "ap-guangzhou",
            "timestamp": timestamp,
            "topic_id": TOPIC,
            "compress_type": compress_type,
            "body": capture::hex(LOG_GROUP_LIST),
        });
        let sdk = capture::sent_by_official_sdk("upload_log.py", &case, mainland);
        assert_eq!(tc3.body, LOG_GROUP_LIST);
        let names = [
            "authorization",
            "content-type",
            "host",
            "x-tc-action",
            "x-tc-version",
            "x-tc-timestamp",
            "x-tc-region",
            "x-tc-token",
            "x-cls-topicid",
            "x-cls-compresstype",
            "x-cls-hashkey",
        ];
        capture::assert_same(&tc3, &sdk, &names, if mainland { "mainland package" } else { "international package" });
        assert_eq!(tc3.headers["content-type"], "application/octet-stream");
        assert_eq!(tc3.headers.get("x-cls-compresstype").map(String::as_str), compress_type);
        assert!(tc3.headers["authorization"].contains("/cls/tc3_request, SignedHeaders=content-type;host, "));
    }
}

#[tokio::test]
async fn the_emulator_takes_upload_log() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let client = emulator.client().unwrap();
    let response = client.call(upload(Some("zstd"))).await.unwrap();
    assert!(!response.request_id.is_empty());
    assert_eq!(emulator.performed("cls", "UploadLog"), 1);
    // Sent as a JSON action, as tc3 sent it before it knew better, it is refused.
    let members = serde_json::json!({"TopicId": TOPIC});
    let refused = client.call_json("cls", "2020-10-16", "UploadLog", members).await.unwrap_err();
    assert_eq!(refused.code(), Some("InvalidParameter"), "{refused}");
    assert_eq!(emulator.performed("cls", "UploadLog"), 1);
}

/// Posts `body` to the emulator at `addr` signed over `signed_body`; the answer's JSON.
async fn post_signed(emulator: &tc3_emulator::Emulator, signed_body: &[u8], body: &[u8]) -> serde_json::Value {
    let host = emulator.addr().to_string();
    let timestamp = emulator.now();
    let authorization = tc3::sign::authorization(
        &emulator.credentials(),
        "cls",
        &host,
        timestamp,
        "application/octet-stream",
        signed_body,
    );
    let head = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\n\
         X-TC-Action: UploadLog\r\nX-TC-Version: 2020-10-16\r\nX-TC-Timestamp: {timestamp}\r\n\
         X-CLS-TopicId: {TOPIC}\r\nAuthorization: {authorization}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let mut socket = TcpStream::connect(&host).await.unwrap();
    socket.write_all(head.as_bytes()).await.unwrap();
    socket.write_all(body).await.unwrap();
    let mut answer = Vec::new();
    socket.read_to_end(&mut answer).await.unwrap();
    let start = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    serde_json::from_slice(&answer[start..]).unwrap()
}

#[tokio::test]
async fn the_emulator_refuses_a_body_changed_after_signing() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let accepted = post_signed(&emulator, LOG_GROUP_LIST, LOG_GROUP_LIST).await;
    assert!(accepted["Response"].get("Error").is_none(), "{accepted}");
    let mut tampered = LOG_GROUP_LIST.to_vec();
    tampered[12] ^= 1;
    let refused = post_signed(&emulator, LOG_GROUP_LIST, &tampered).await;
    assert_eq!(refused["Response"]["Error"]["Code"], "AuthFailure.SignatureFailure", "{refused}");
    assert_eq!(emulator.performed("cls", "UploadLog"), 1);
}
