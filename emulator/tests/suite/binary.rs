//! The `tc3-emulator` binary: what it prints, and state kept across a restart.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

struct Running {
    child: Child,
    url: String,
    lines: Vec<String>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the binary and reads its first four lines.
fn start(args: &[&str]) -> Running {
    start_with_env(args, &[])
}

/// [`start`] with these environment variables set.
fn start_with_env(args: &[&str], env: &[(&str, &str)]) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tc3-emulator"))
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    for _ in 0..4 {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        lines.push(line.trim().to_owned());
    }
    let url = lines[0].rsplit(' ').next().unwrap().to_owned();
    Running { child, url, lines }
}

fn client(running: &Running, credentials: tc3::Credentials) -> tc3::Client {
    tc3::Client::builder().credentials(credentials).endpoint(&running.url).build().unwrap()
}

/// A client signing with the demo key pair the binary prints.
fn demo_client(running: &Running) -> tc3::Client {
    client(running, tc3::Credentials::new(tc3_emulator::DEMO_SECRET_ID, tc3_emulator::DEMO_SECRET_KEY))
}

#[tokio::test]
async fn prints_the_address_and_the_demo_key_pair() {
    let running = start(&[]);
    assert!(running.url.starts_with("http://127.0.0.1:"), "{:?}", running.lines);
    assert!(running.lines[1].ends_with(tc3_emulator::DEMO_SECRET_ID));
    assert!(running.lines[2].ends_with(tc3_emulator::DEMO_SECRET_KEY));
    let client = demo_client(&running);
    let answer = client.call_json("intlpartnersmgt", "2022-09-28", "GetCountryCodes", serde_json::json!({})).await;
    assert!(answer.is_ok(), "{answer:?}");
}

#[tokio::test]
async fn a_given_key_is_used_but_never_printed() {
    let running = start(&["--secret-id", "AKIDmine", "--secret-key", "my-own-secret"]);
    assert!(!running.lines.iter().any(|l| l.contains("my-own-secret")), "{:?}", running.lines);
    let client = client(&running, tc3::Credentials::new("AKIDmine", "my-own-secret"));
    let answer = client.call_json("intlpartnersmgt", "2022-09-28", "GetTradeConfigList", serde_json::json!({})).await;
    assert!(answer.is_ok(), "{answer:?}");
}

#[tokio::test]
async fn state_files_survive_a_restart() {
    let dir = std::env::temp_dir().join(format!("tc3-emulator-bin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let state = path.to_str().unwrap();
    let remark = serde_json::json!({"FilterType": "Remark", "Filter": "kept"});
    {
        let running = start(&["--state", state]);
        let client = demo_client(&running);
        let customers = client
            .call_json("intlpartnersmgt", "2022-09-28", "QueryCustomersCredit", serde_json::json!({}))
            .await
            .unwrap();
        let uin = customers["Data"][0]["ClientUin"].to_string();
        let params = serde_json::json!({"ClientUin": uin, "Remark": "kept"});
        client.call_json("intlpartnersmgt", "2022-09-28", "ModifyClientRemark", params).await.unwrap();
    }
    let running = start(&["--state", state]);
    let client = demo_client(&running);
    let found = client.call_json("intlpartnersmgt", "2022-09-28", "QueryCustomersCredit", remark).await.unwrap();
    assert_eq!(found["Total"], 1, "{found}");
    drop(running);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn records_with_the_credentials_of_the_environment_then_replays() {
    let upstream = tc3_emulator::Emulator::builder().key_pair("AKIDupstream", "upstream-key").start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cassette = dir.path().join("calls.jsonl");
    let cassette = cassette.to_str().unwrap();
    let params = serde_json::json!({"Limit": 1});
    let recorded = {
        let env = [("TENCENTCLOUD_SECRET_ID", "AKIDupstream"), ("TENCENTCLOUD_SECRET_KEY", "upstream-key")];
        let url = upstream.url();
        let running = start_with_env(&["--record", cassette, "--upstream", &url], &env);
        let answer = demo_client(&running).call_json("cvm", "2017-03-12", "DescribeInstances", params.clone()).await;
        answer.unwrap()
    };
    let text = std::fs::read_to_string(cassette).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(!text.contains("upstream-key"), "{text}");
    drop(upstream);
    let running = start(&["--replay", cassette]);
    let client = demo_client(&running);
    let replayed = client.call_json("cvm", "2017-03-12", "DescribeInstances", params).await.unwrap();
    let unrecorded = serde_json::json!({"Limit": 2});
    let refused = client.call_json("cvm", "2017-03-12", "DescribeInstances", unrecorded).await.unwrap_err();
    assert_eq!(refused.code(), Some("_emulator.NoRecording"), "the cassette answers cvm: {refused}");
    let first = |answer: &serde_json::Value| answer["InstanceSet"][0]["InstanceId"].clone();
    assert_eq!((first(&replayed), &replayed["TotalCount"]), (first(&recorded), &recorded["TotalCount"]));
}

#[test]
fn recording_and_replaying_at_once_is_refused_with_the_usage() {
    let out = Command::new(env!("CARGO_BIN_EXE_tc3-emulator"))
        .args(["--record", "a.jsonl", "--replay", "b.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--record and --replay do not go together"), "{stderr}");
}
