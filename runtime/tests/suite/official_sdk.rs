//! The official Python SDK and tc3 sign the same randomised requests identically.
//!
//! Needs a Python with `tencentcloud-sdk-python-common` (`tc3_test_support::python`: the
//! workspace's `.venv` that `scripts/test.sh` creates). Without it this test fails: it never
//! skips.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use serde_json::{Value, json};
use tc3_runtime::{Credentials, sign};

const CASES: usize = 240;

/// fastrand's generator with a fixed seed, so a failure can be replayed from its seed.
struct Rng(fastrand::Rng);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.u64(..)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0.u64(..n)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    fn word(&mut self, alphabet: &str, min: u64, max: u64) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        let len = min + self.below(max - min + 1);
        (0..len).map(|_| chars[self.below(chars.len() as u64) as usize]).collect()
    }

    /// Text mixing ASCII, Latin, CJK, emoji, quotes, backslashes and control characters.
    fn text(&mut self) -> String {
        self.word("abcXYZ019 _-.:/\"\\\n\té漢字备注🙂ß€\u{7f}\u{1}", 0, 24)
    }

    fn value(&mut self, depth: u32) -> Value {
        match self.below(if depth > 2 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => Value::Bool(self.below(2) == 0),
            2 => json!(self.next() as i64 >> self.below(60)),
            3 => json!((self.below(2_000_000) as f64) / 7.0),
            4 => Value::String(self.text()),
            5 => Value::Array((0..self.below(4)).map(|_| self.value(depth + 1)).collect()),
            _ => self.object(depth + 1),
        }
    }

    fn object(&mut self, depth: u32) -> Value {
        let members = (0..self.below(6)).map(|_| (self.word("ABCDEFGHabcdefgh", 1, 12), self.value(depth)));
        Value::Object(members.collect())
    }
}

const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

fn random_case(rng: &mut Rng) -> Value {
    let service = match rng.below(3) {
        0 => rng.word("abcdefghijklmnopqrstuvwxyz0123456789", 2, 16),
        _ => rng.pick(&["intlpartnersmgt", "cvm", "sts", "billing", "cam"]).to_owned(),
    };
    let host = match rng.below(3) {
        0 => format!("{service}.intl.tencentcloudapi.com"),
        1 => format!("{service}.tencentcloudapi.com"),
        _ => format!("127.0.0.1:{}", 1 + rng.below(65_535)),
    };
    let token = (rng.below(2) == 0).then(|| rng.word(ALNUM, 20, 300));
    let mut case = json!({
        "secret_id": format!("AKID{}", rng.word(ALNUM, 8, 36)),
        "secret_key": rng.word(&format!("{ALNUM}+/=!@#"), 1, 48),
        "token": token,
        "service": service,
        "version": "2022-09-28",
        "action": rng.pick(&["SendVerifyCode", "CreateAccount", "DescribeInstances", "GetCountryCodes"]),
        "host": host,
        "timestamp": rng.below(4_102_444_800),
    });
    if rng.below(5) < 3 {
        let body = match rng.below(4) {
            0 => rng.text(),
            1 => String::new(),
            _ => serde_json::to_string(&rng.object(0)).unwrap(),
        };
        case["mode"] = json!("raw");
        case["body"] = json!(body);
    } else {
        case["mode"] = json!("json");
        case["params"] = rng.object(0);
    }
    case
}

fn official_sdk_sign(cases: &Value) -> Vec<Value> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/official_sdk/sign_cases.py");
    let mut child = tc3_test_support::python::command(false)
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start Python");
    child.stdin.take().unwrap().write_all(cases.to_string().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the official SDK failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn official_python_sdk_and_tc3_agree_on_randomised_requests() {
    let seed = 0x7c3_2026;
    let mut rng = Rng(fastrand::Rng::with_seed(seed));
    let cases = Value::Array((0..CASES).map(|_| random_case(&mut rng)).collect());
    let signed = official_sdk_sign(&cases);
    assert_eq!(signed.len(), CASES);
    let mut non_ascii = 0;
    let mut with_token = 0;
    for (i, (case, sdk)) in cases.as_array().unwrap().iter().zip(&signed).enumerate() {
        let text = |v: &Value, k: &str| v[k].as_str().unwrap().to_owned();
        let mut creds = Credentials::new(text(case, "secret_id"), text(case, "secret_key"));
        if let Some(token) = case["token"].as_str() {
            creds = creds.with_token(token);
            with_token += 1;
            assert_eq!(sdk["token_header"].as_str(), Some(token), "case {i}: token header");
        }
        let body = text(sdk, "body");
        non_ascii += usize::from(!body.is_ascii());
        let request = sign::Request {
            content_type: sdk["content_type"].as_str().unwrap(),
            ..sign::Request::post_json(
                case["service"].as_str().unwrap(),
                case["host"].as_str().unwrap(),
                case["timestamp"].as_u64().unwrap(),
                body.as_bytes(),
            )
        };
        assert_eq!(
            sign::sign(&creds, &request),
            text(sdk, "authorization"),
            "case {i} of seed {seed:#x} differs from the official SDK: {case}"
        );
    }
    assert!(non_ascii >= 20 && with_token >= 50, "too few non-ASCII ({non_ascii}) or token ({with_token}) cases");
}
