//! The parameters of v1-signed calls (GET query strings and POST forms) as an attacker would
//! write them: keys thousands of segments deep, huge indexes, empty segments, odd and broken
//! encodings. Every request gets an API envelope; none aborts the emulator (a key 1,000
//! segments deep once overflowed its stack) or hangs it.

use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::Value;
use tc3_emulator::{DEMO_SECRET_ID, DEMO_SECRET_KEY, Emulator};

const CASES: u64 = 1_500;

/// A request's parameters, decoded, with the common ones of a v1 call and its signature.
fn signed(emulator: &Emulator, method: &str, own: &[(String, String)]) -> Vec<(String, String)> {
    let host = emulator.url().trim_start_matches("http://").to_owned();
    let mut pairs: Vec<(String, String)> = [
        ("Action", "GetCountryCodes"),
        ("Version", "2022-09-28"),
        ("SecretId", DEMO_SECRET_ID),
        ("Nonce", "7"),
        ("SignatureMethod", "HmacSHA256"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .chain([("Timestamp".to_owned(), emulator.now().to_string())])
    .chain(own.iter().cloned())
    .collect();
    // The string to sign as the official SDKs write it: keys sorted, `_` read as `.`.
    let mut sorted: Vec<(String, &str)> = pairs.iter().map(|(k, v)| (k.replace('_', "."), v.as_str())).collect();
    sorted.sort();
    let params: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let text = format!("{method}{host}/?{}", params.join("&"));
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(DEMO_SECRET_KEY.as_bytes()).unwrap();
    mac.update(text.as_bytes());
    let signature = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    pairs.push(("Signature".to_owned(), signature));
    pairs
}

fn form(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

/// The longest query a GET can carry: `http::Uri` refuses 64 KiB and more.
const MAX_QUERY: usize = 60_000;

/// Sends `encoded` as a GET query or a POST form; the envelope's error code, or `OK`.
async fn send(http: &reqwest::Client, emulator: &Emulator, get: bool, encoded: String) -> String {
    let request = if get {
        http.get(format!("{}/?{encoded}", emulator.url()))
    } else {
        http.post(emulator.url()).header("Content-Type", "application/x-www-form-urlencoded").body(encoded.clone())
    };
    let answer = request.send().await.unwrap_or_else(|e| panic!("no answer ({}) to {:.300}", e.without_url(), encoded));
    let text = answer.text().await.unwrap();
    let envelope: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text:.300}"));
    assert!(envelope["Response"]["RequestId"].is_string(), "no envelope: {text:.300}");
    envelope["Response"]["Error"]["Code"].as_str().unwrap_or("OK").to_owned()
}

fn client() -> reqwest::Client {
    // Only against a hang: every answer comes in milliseconds.
    reqwest::Client::builder().timeout(Duration::from_secs(120)).build().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_thousands_of_segments_deep_are_refused_and_the_emulator_lives_on() {
    let emulator = Emulator::builder().without_rate_limits().start().await.unwrap();
    let http = client();
    for (get, segments) in [(true, 1_000), (true, 25_000), (false, 1_000), (false, 1_000_000)] {
        let key = format!("{}B", "A.".repeat(segments));
        let pairs = signed(&emulator, if get { "GET" } else { "POST" }, &[(key, "1".to_owned())]);
        assert_eq!(send(&http, &emulator, get, form(&pairs)).await, "InvalidParameter", "{segments} segments");
    }
    let pairs = signed(&emulator, "GET", &[]);
    assert_eq!(send(&http, &emulator, true, form(&pairs)).await, "OK");
}

/// One segment of a key: the usual, the empty, the huge index, the odd character.
fn segment(rng: &mut fastrand::Rng) -> String {
    let pool = ["A", "Filters", "Values", "0", "1", "10", "", "18446744073709551616", "中", " ", "+", "%", "&", "="];
    match rng.usize(..10) {
        0 => "x".repeat(rng.usize(..5_000)),
        1 => rng.u64(..).to_string(),
        _ => pool[rng.usize(..pool.len())].to_owned(),
    }
}

fn key(rng: &mut fastrand::Rng) -> String {
    let segments = match rng.usize(..20) {
        0 => rng.usize(30..40),
        1 => rng.usize(..3_000),
        _ => rng.usize(1..6),
    };
    (0..segments.max(1)).map(|_| segment(rng)).collect::<Vec<_>>().join(".")
}

/// The form of `pairs`, sometimes broken after signing: a cut, a bad escape, bad UTF-8.
fn mangled(rng: &mut fastrand::Rng, pairs: &[(String, String)]) -> String {
    let mut encoded = form(pairs);
    match rng.usize(..8) {
        0 => encoded.truncate(rng.usize(..=encoded.len())),
        1 => encoded.insert_str(rng.usize(..=encoded.len()), "%ZZ"),
        2 => encoded.push_str("&K=%FF%FE"),
        3 => encoded.push_str("&&&=&.=1&..=2"),
        _ => {}
    }
    // A cut may split a multi-byte escape; the string stays ASCII, so any byte is a boundary.
    encoded
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mangled_parameters_always_get_an_envelope() {
    let emulator = Emulator::builder().without_rate_limits().start().await.unwrap();
    let http = client();
    let mut rng = fastrand::Rng::with_seed(0x0DD5);
    let mut codes = std::collections::BTreeMap::<String, u32>::new();
    for _ in 0..CASES {
        let own: Vec<(String, String)> =
            (0..rng.usize(..6)).map(|_| (key(&mut rng), "v".repeat(rng.usize(..100)))).collect();
        let get = rng.bool() && form(&own).len() < MAX_QUERY / 2;
        let pairs = signed(&emulator, if get { "GET" } else { "POST" }, &own);
        let code = send(&http, &emulator, get, mangled(&mut rng, &pairs)).await;
        *codes.entry(code).or_default() += 1;
    }
    eprintln!("answers by code: {codes:?}");
    // Most requests were signed right, so they reached the parameter checks.
    assert!(codes.get("InvalidParameter").is_some_and(|&n| n > 100), "{codes:?}");
    assert!(codes.len() >= 3, "too few paths exercised: {codes:?}");
    let pairs = signed(&emulator, "GET", &[]);
    assert_eq!(send(&http, &emulator, true, form(&pairs)).await, "OK");
}
