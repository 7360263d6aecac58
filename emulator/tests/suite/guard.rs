//! What the emulator refuses at its door: requests a browser sends on behalf of another
//! site, and requests for a host name that is not the emulator's (DNS rebinding).

use std::process::{Command, Stdio};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use tc3_emulator::Emulator;

/// A v1-signed (HmacSHA1) GET of GetCountryCodes with the demo key: everything in the
/// query string, so a plain `<img src>` on any page can send it.
fn v1_get_url(e: &Emulator) -> String {
    let host = e.addr().to_string();
    let params = [
        ("Action", "GetCountryCodes".to_owned()),
        ("Nonce", "4711".to_owned()),
        ("SecretId", tc3_emulator::DEMO_SECRET_ID.to_owned()),
        ("Timestamp", e.now().to_string()),
        ("Version", "2022-09-28".to_owned()),
    ];
    let sorted: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let text = format!("GET{host}/?{}", sorted.join("&"));
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(tc3_emulator::DEMO_SECRET_KEY.as_bytes()).unwrap();
    mac.update(text.as_bytes());
    let signature = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params.iter().map(|(k, v)| (*k, v.as_str())))
        .append_pair("Signature", &signature)
        .finish();
    format!("{}/?{query}", e.url())
}

/// A recording emulator in front of another emulator standing in for the real service.
async fn recording(dir: &std::path::Path) -> (Emulator, Emulator, std::path::PathBuf) {
    let upstream = Emulator::builder().key_pair("AKIDupstream", "upstream-key").start().await.unwrap();
    let to_upstream = tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDupstream", "upstream-key"))
        .endpoint(upstream.url())
        .build()
        .unwrap();
    let cassette = dir.join("calls.jsonl");
    let recorder = Emulator::builder().record(&cassette, to_upstream).start().await.unwrap();
    (recorder, upstream, cassette)
}

#[tokio::test]
async fn a_cross_site_image_request_is_not_re_signed_and_sent_upstream() {
    let dir = tempfile::tempdir().unwrap();
    let (recorder, _upstream, cassette) = recording(dir.path()).await;
    let http = reqwest::Client::new();
    let url = v1_get_url(&recorder);
    // What a browser sends for `<img src>` on http://evil.example.
    let from_a_page = http
        .get(&url)
        .header("Sec-Fetch-Site", "cross-site")
        .header("Sec-Fetch-Mode", "no-cors")
        .header("Sec-Fetch-Dest", "image")
        .send()
        .await
        .unwrap();
    assert_eq!(from_a_page.status(), 403);
    let answer: Value = from_a_page.json().await.unwrap();
    assert_eq!(answer["Response"]["Error"]["Code"], "_emulator.CrossSiteRequest", "{answer}");
    assert!(answer["Response"]["RequestId"].is_string(), "{answer}");
    assert_eq!(std::fs::read_to_string(&cassette).unwrap(), "", "nothing went upstream");
    // The same URL from a program is a call like any other.
    let answer: Value = http.get(&url).send().await.unwrap().json().await.unwrap();
    assert!(answer["Response"]["Error"].is_null(), "{answer}");
    assert_eq!(std::fs::read_to_string(&cassette).unwrap().lines().count(), 1);
}

#[tokio::test]
async fn a_page_of_another_origin_can_neither_call_nor_set_faults() {
    let e = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let faults = format!("{}/_emulator/faults", e.url());
    for origin in ["http://evil.example", "null", "http://127.0.0.1.evil.example:8080"] {
        let set = http.post(&faults).header("Origin", origin).body(r#"{"drop_rate": 1.0}"#).send().await.unwrap();
        assert_eq!(set.status(), 403, "{origin}");
        let refusal: Value = set.json().await.unwrap();
        assert!(refusal["error"].as_str().unwrap().contains("origin"), "{refusal}");
    }
    assert_eq!(e.faults(), tc3_emulator::Faults::default());
    let api = http.post(e.url()).header("Origin", "http://evil.example").body("{}").send().await.unwrap();
    assert_eq!(api.status(), 403);
    let answer: Value = api.json().await.unwrap();
    assert_eq!(answer["Response"]["Error"]["Code"], "_emulator.CrossSiteRequest", "{answer}");
    // Pages on loopback (a local web app on another port) and the emulator's own are fine.
    for origin in ["http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8000", e.url().as_str()] {
        let set = http.post(&faults).header("Origin", origin).body("{}").send().await.unwrap();
        assert_eq!(set.status(), 200, "{origin}");
    }
}

#[tokio::test]
async fn a_same_site_request_counts_only_on_loopback() {
    let e = Emulator::builder().allow_host("emulator.corp.example").start().await.unwrap();
    let http = reqwest::Client::new();
    let inbox = format!("{}/_emulator/inbox", e.url());
    let fetch = |host: &'static str, site: &'static str| {
        http.get(&inbox).header("Host", host).header("Sec-Fetch-Site", site).send()
    };
    assert_eq!(fetch("127.0.0.1", "same-site").await.unwrap().status(), 200);
    assert_eq!(fetch("emulator.corp.example", "same-origin").await.unwrap().status(), 200);
    // Another page of corp.example (wiki.corp.example, say) is the same site, not loopback.
    assert_eq!(fetch("emulator.corp.example", "same-site").await.unwrap().status(), 403);
    assert_eq!(fetch("localhost", "cross-site").await.unwrap().status(), 403);
    // A link to the page, followed from anywhere, shows it; no other route is opened so.
    let page = http
        .get(format!("{}/_emulator/", e.url()))
        .header("Sec-Fetch-Site", "cross-site")
        .header("Sec-Fetch-Mode", "navigate")
        .header("Sec-Fetch-Dest", "document")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let navigated = http
        .get(&inbox)
        .header("Sec-Fetch-Site", "cross-site")
        .header("Sec-Fetch-Mode", "navigate")
        .header("Sec-Fetch-Dest", "document")
        .send()
        .await
        .unwrap();
    assert_eq!(navigated.status(), 403);
}

#[tokio::test]
async fn a_rebound_host_name_reads_neither_keys_nor_inbox() {
    let e = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    for path in ["/_emulator/customer-keys", "/_emulator/inbox", "/_emulator/", "/_emulator/faults"] {
        let response = http.get(format!("{}{path}", e.url())).header("Host", "attacker.example").send().await.unwrap();
        assert_eq!(response.status(), 403, "{path}");
        let refusal: Value = response.json().await.unwrap();
        let message = refusal["error"].as_str().unwrap();
        assert!(message.contains("attacker.example") && message.contains("--allow-host"), "{message}");
    }
    let api = http.post(e.url()).header("Host", "attacker.example:8080").body("{}").send().await.unwrap();
    assert_eq!(api.status(), 403);
    let answer: Value = api.json().await.unwrap();
    assert_eq!(answer["Response"]["Error"]["Code"], "_emulator.HostNotAllowed", "{answer}");
}

#[tokio::test]
async fn loopback_names_and_the_service_hosts_are_answered() {
    let e = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let port = e.addr().port();
    let hosts = [
        format!("localhost:{port}"),
        "LOCALHOST".to_owned(),
        "127.0.0.2".to_owned(),
        format!("[::1]:{port}"),
        "cvm.tencentcloudapi.com".to_owned(),
        "cvm.intl.tencentcloudapi.com:443".to_owned(),
        "cvm.ap-guangzhou.tencentcloudapi.com".to_owned(),
        "intlpartnersmgt.tencentcloudapi.com.".to_owned(),
    ];
    for host in hosts {
        let keys = http.get(format!("{}/_emulator/inbox", e.url())).header("Host", &host).send().await.unwrap();
        assert_eq!(keys.status(), 200, "{host}");
    }
    for host in ["tencentcloudapi.com.evil.example", "eviltencentcloudapi.com", "127.0.0.1.nip.io", "0.0.0.0"] {
        let keys = http.get(format!("{}/_emulator/inbox", e.url())).header("Host", host).send().await.unwrap();
        assert_eq!(keys.status(), 403, "{host}");
    }
}

#[tokio::test]
async fn a_host_name_can_be_allowed() {
    let e = Emulator::builder().allow_host("Emulator.Internal").start().await.unwrap();
    let http = reqwest::Client::new();
    let keys = format!("{}/_emulator/customer-keys", e.url());
    let allowed = http.get(&keys).header("Host", "emulator.internal:8080").send().await.unwrap();
    assert_eq!(allowed.status(), 200);
    let other = http.get(&keys).header("Host", "other.internal").send().await.unwrap();
    assert_eq!(other.status(), 403);
    let bad = Emulator::builder().allow_host("http://emulator.internal:8080").start().await;
    assert_eq!(bad.unwrap_err().kind(), std::io::ErrorKind::InvalidInput);
}

#[test]
fn the_binary_allows_host_names_given_with_allow_host() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_tc3-emulator"))
        .args(["--listen", "127.0.0.1:0", "--allow-host", "emulator", "--allow-host", "emulator.test"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_owned();
    let status = |host: &str| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let request = reqwest::Client::new().get(format!("{url}/_emulator/inbox")).header("Host", host).send();
        runtime.block_on(request).unwrap().status().as_u16()
    };
    let statuses = [status("emulator"), status("emulator.test:80"), status("attacker.example")];
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(statuses, [200, 200, 403]);
    let out = Command::new(env!("CARGO_BIN_EXE_tc3-emulator")).args(["--allow-host", "a b"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot allow the host `a b`"), "{out:?}");
}

#[tokio::test]
async fn the_refusal_names_the_way_out_in_the_api_envelope() {
    let e = Emulator::start().await.unwrap();
    let answer: Value = reqwest::Client::new()
        .post(e.url())
        .header("Host", "attacker.example")
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let message = answer["Response"]["Error"]["Message"].as_str().unwrap();
    assert!(message.contains("attacker.example") && message.contains("allow_host"), "{message}");
}
