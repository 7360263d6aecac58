//! Thousands of signed requests with mangled bodies, for every action: the emulator answers
//! each with an API envelope, never a dropped connection (a panic) or a hang.

use std::time::Duration;

use serde_json::{Map, Value, json};
use tc3_codegen::spec::Spec;
use tc3_emulator::Emulator;

const CASES: u64 = 3_000;

/// fastrand's generator with a fixed seed, so a failing case can be replayed from its number.
struct Rng(fastrand::Rng);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.u64(..)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n)
    }

    /// Any JSON value, of any type, sometimes deeply nested or huge.
    fn value(&mut self, depth: u32) -> Value {
        match self.below(if depth > 3 { 7 } else { 9 }) {
            0 => Value::Null,
            1 => json!(self.below(2) == 0),
            2 => json!(self.next() as i64),
            3 => json!(-(self.below(1000) as f64) / 3.0),
            4 => json!(["852", "18888888888", "2025-10", "", "1e400", "-1", "12ab", "备注🙂"][self.below(8)]),
            5 => json!(self.next().to_string()),
            6 => json!("x".repeat(self.below(3000))),
            7 => Value::Array((0..self.below(5)).map(|_| self.value(depth + 1)).collect()),
            _ => Value::Object((0..self.below(4)).map(|i| (format!("K{i}"), self.value(depth + 1))).collect()),
        }
    }
}

fn actions() -> Vec<(String, Vec<String>)> {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/intlpartnersmgt-2022-09-28.json"));
    let spec = Spec::parse(&spec.expect("the spec is part of the repository")).unwrap();
    spec.actions
        .iter()
        .map(|(action, _)| {
            let members = spec.objects.get(&format!("{action}Request")).map_or(&[][..], |o| o.members());
            (action.clone(), members.iter().map(|m| m.wire().to_owned()).collect())
        })
        .collect()
}

/// A body for `members`: each present or not, with a value of any type; then, sometimes,
/// its bytes cut or flipped.
fn body(rng: &mut Rng, members: &[String]) -> Vec<u8> {
    let mut object = Map::new();
    for member in members {
        if rng.below(4) != 0 {
            object.insert(member.clone(), rng.value(0));
        }
    }
    let mut bytes = serde_json::to_vec(&object).unwrap();
    match rng.below(6) {
        0 => bytes.truncate(rng.below(bytes.len() + 1)),
        1 if !bytes.is_empty() => {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
        2 => bytes = b"[1,2,3]".to_vec(),
        _ => {}
    }
    bytes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mangled_bodies_of_every_action_get_an_envelope() {
    let emulator = Emulator::builder().without_rate_limits().start().await.unwrap();
    let creds = emulator.credentials();
    let host = emulator.url().trim_start_matches("http://").to_owned();
    // Only against a hang: every answer comes in milliseconds, a loaded machine's in far less than this.
    let http = reqwest::Client::builder().timeout(Duration::from_secs(120)).build().unwrap();
    let actions = actions();
    assert_eq!(actions.len(), 46);
    let mut rng = Rng(fastrand::Rng::with_seed(0xF022));
    let mut codes = std::collections::BTreeMap::<String, u32>::new();
    for case in 0..CASES {
        let (action, members) = &actions[rng.below(actions.len())];
        let body = body(&mut rng, members);
        let timestamp = emulator.now();
        let authorization =
            tc3::sign::authorization(&creds, "intlpartnersmgt", &host, timestamp, "application/json", &body);
        let answer = http
            .post(emulator.url())
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .header("X-TC-Action", action)
            .header("X-TC-Version", "2022-09-28")
            .header("X-TC-Timestamp", timestamp.to_string())
            .body(body.clone())
            .send()
            .await
            .unwrap_or_else(|e| panic!("case {case} ({action}, {:?}): no answer: {e}", String::from_utf8_lossy(&body)));
        let text = answer.text().await.unwrap();
        let envelope: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("case {case} ({action}): not JSON ({e}): {text}"));
        assert!(envelope["Response"]["RequestId"].is_string(), "case {case} ({action}): no envelope: {text}");
        let code = envelope["Response"]["Error"]["Code"].as_str().unwrap_or("OK").to_owned();
        *codes.entry(code).or_default() += 1;
    }
    // Every request was signed right, so each reached the parameter checks or the action.
    assert!(!codes.contains_key("AuthFailure.SignatureFailure"), "{codes:?}");
    assert!(codes.get("OK").is_some_and(|&n| n > 50) && codes.len() >= 4, "too few paths exercised: {codes:?}");
}
