//! What a request puts on the wire, from tc3 and from the official Python SDK, for the tests
//! that compare them byte for byte (`upload_cls.rs`, `multipart_cii.rs`): the scripted server
//! on 127.0.0.1 keeps the request tc3 sent, and the scripts of `runtime/tests/official_sdk/`
//! that keep the one the SDK would send.
//!
//! Needs a Python with the official SDK of each site (`tc3_test_support::python`: the
//! workspace's `.venv` that `scripts/test.sh` creates). Without it these tests fail: they
//! never skip.

use std::path::Path;
use std::process::Stdio;

pub(crate) use tc3_test_support::Received;
use tc3_test_support::{Reply, Server};

/// Sends `request` through a tc3 client of `site` (region `ap-guangzhou`) to a server on
/// 127.0.0.1 that answers with success; what arrived there, and the address (the `Host` tc3
/// signed).
pub(crate) async fn sent_by_tc3<A: tc3::Action>(
    site: tc3::Site,
    credentials: tc3::Credentials,
    request: A,
) -> (Received, String) {
    let server = Server::start(|_| Reply::json(r#"{"Response":{"RequestId":"r-1"}}"#)).await;
    let client = tc3::Client::builder()
        .credentials(credentials)
        .site(site)
        .endpoint(server.url.clone())
        .region("ap-guangzhou")
        .build()
        .unwrap();
    client.call(request).await.map_err(|e| e.to_string()).expect("the call succeeds");
    let [received] = <[Received; 1]>::try_from(server.requests()).expect("one request");
    (received, server.url.trim_start_matches("http://").to_owned())
}

/// What the official SDK sends for `case`, by `runtime/tests/official_sdk/<script>`: its
/// headers (names in lowercase) and its body. `mainland` puts the mainland package first on
/// the Python path.
pub(crate) fn sent_by_official_sdk(script: &str, case: &serde_json::Value, mainland: bool) -> Received {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut command = tc3_test_support::python::command(mainland);
    command.arg(root.join("runtime/tests/official_sdk").join(script));
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start Python");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), case.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the official SDK failed: {}", String::from_utf8_lossy(&out.stderr));
    let sent: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let headers = sent["headers"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.as_str().unwrap().to_owned()))
        .collect();
    Received { path: "/".to_owned(), headers, body: unhex(sent["body"].as_str().unwrap()) }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
}

/// Asserts that tc3 and the SDK sent the same body and the same value (or absence) of each of
/// `names`.
pub(crate) fn assert_same(tc3: &Received, sdk: &Received, names: &[&str], what: &str) {
    assert_eq!(hex(&tc3.body), hex(&sdk.body), "{what}: the body differs");
    for name in names {
        assert_eq!(tc3.headers.get(*name), sdk.headers.get(*name), "{what}: header {name}");
    }
}
