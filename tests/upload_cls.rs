//! cls UploadLog, the raw-body action (codegen/upload-actions.txt), as a user sends it: the
//! bytes and headers tc3 puts on the wire are those the official Python SDK of each site puts
//! there, Authorization included; the emulator takes it, and refuses a body that was changed
//! after signing.
//!
//! Needs a Python with the official SDK: `$TC3_PYTHON`, or the workspace's `.venv` (its
//! mainland package under `.venv/mainland`). Without it this test fails: it never skips.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tc3::cls::UploadLog;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A `LogGroupList` as protobuf bytes, as CLS's `cls.proto` encodes it: one log group from
/// source `10.0.0.1` with one log (time 1700000000000 ms, content `k: v`). Not UTF-8 (`0xff`).
const LOG_GROUP_LIST: &[u8] = b"\x0a\x1b\x0a\x0f\x08\x80\xd0\x95\xff\xbc\x31\x12\x06\x0a\x01k\x12\x01v\x22\x0810.0.0.1";

const TOPIC: &str = "f6c4fa6f-0000-4b6f-8289-1ff6f77ed975";

fn upload(compress_type: Option<&str>) -> UploadLog {
    let mut request = tc3::request!(UploadLog { topic_id: TOPIC, body: LOG_GROUP_LIST.to_vec() });
    request.compress_type = compress_type.map(str::to_owned);
    request
}

/// A request as received: header names in lowercase, and the body.
struct Received {
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

/// Reads one HTTP/1.1 request from `socket`.
async fn read_request(socket: &mut TcpStream) -> Received {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = socket.read(&mut chunk).await.unwrap();
        assert!(n > 0, "the connection closed before the request ended");
        bytes.extend_from_slice(&chunk[..n]);
        let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8(bytes[..end].to_vec()).unwrap();
        let headers: HashMap<String, String> = head
            .lines()
            .skip(1)
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        let length: usize = headers.get("content-length").map_or(0, |l| l.parse().unwrap());
        if bytes.len() >= end + 4 + length {
            return Received { headers, body: bytes[end + 4..end + 4 + length].to_vec() };
        }
    }
}

/// Sends `request` through a tc3 client to a server on 127.0.0.1 that answers with success;
/// what arrived there, and the address (the `Host` tc3 signed).
async fn sent_by_tc3(credentials: tc3::Credentials, request: UploadLog) -> (Received, String) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let received = read_request(&mut socket).await;
        let answer = br#"{"Response":{"RequestId":"r-1"}}"#;
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            answer.len()
        );
        socket.write_all(head.as_bytes()).await.unwrap();
        socket.write_all(answer).await.unwrap();
        received
    });
    let client = tc3::Client::builder()
        .credentials(credentials)
        .endpoint(format!("http://{addr}"))
        .region("ap-guangzhou")
        .build()
        .unwrap();
    let response = client.call(request).await.unwrap();
    assert_eq!(response.request_id, "r-1");
    (server.await.unwrap(), addr)
}

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("TC3_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    assert!(
        venv.exists(),
        "the official Python SDK is needed: run scripts/test.sh (it creates .venv) or set TC3_PYTHON"
    );
    venv
}

/// What the official SDK's `ClsClient.UploadLog` sends for `case`: its headers and body (hex).
/// `mainland` puts the mainland package first on the Python path.
fn sent_by_official_sdk(case: &serde_json::Value, mainland: bool) -> serde_json::Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut command = Command::new(python());
    command.arg(root.join("runtime/tests/official_sdk/upload_log.py"));
    if mainland {
        let packages =
            std::env::var_os("TC3_MAINLAND_PACKAGES").map_or_else(|| root.join(".venv/mainland"), PathBuf::from);
        assert!(packages.is_dir(), "the mainland package is needed: {}", packages.display());
        command.env("PYTHONPATH", packages);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start Python");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), case.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the official SDK failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn upload_log_goes_on_the_wire_as_the_official_sdk_of_each_site_sends_it() {
    let cases = [
        (tc3::Credentials::new("AKIDupload0000000000000000000000000", "k3y/+="), Some("lz4"), false),
        (tc3::Credentials::new("AKIDupload1111111111111111111111111", "s3cret").with_token("t0ken"), None, true),
    ];
    for (credentials, compress_type, mainland) in cases {
        let token = credentials.token().map(str::to_owned);
        let (tc3, host) = sent_by_tc3(credentials.clone(), upload(compress_type)).await;
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
            "body": hex(LOG_GROUP_LIST),
        });
        let sdk = sent_by_official_sdk(&case, mainland);
        let sdk_headers: HashMap<String, String> = sdk["headers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(name, value)| (name.to_ascii_lowercase(), value.as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(sdk["body"].as_str().unwrap(), hex(&tc3.body), "the body differs");
        assert_eq!(tc3.body, LOG_GROUP_LIST);
        for name in [
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
        ] {
            assert_eq!(tc3.headers.get(name), sdk_headers.get(name), "header {name} (mainland package: {mainland})");
        }
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
