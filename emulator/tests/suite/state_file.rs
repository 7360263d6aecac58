//! A state file the emulator cannot write: refused at start, and a change it cannot save
//! is refused too, instead of answered with success and lost.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use crate::support::{call, code};
use tc3_emulator::Emulator;

#[tokio::test]
async fn a_state_path_that_cannot_be_written_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing").join("state.json");
    let error = Emulator::builder().state_file(&missing).start().await.unwrap_err();
    assert!(error.to_string().contains(&missing.display().to_string()), "{error}");
    let error = Emulator::builder().state_file(dir.path()).start().await.unwrap_err();
    assert!(error.to_string().contains("is a directory"), "{error}");
}

#[test]
fn the_binary_exits_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing").join("state.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tc3-emulator"))
        .args(["--listen", "127.0.0.1:0", "--state", missing.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A banner would mean it is serving; it used to.
    let mut banner = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut banner).unwrap();
    if !banner.is_empty() {
        let _ = child.kill();
    }
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(banner, "", "it started");
    assert!(!status.success());
    assert!(stderr.contains("cannot write the state file") && stderr.contains("missing"), "{stderr}");
}

#[tokio::test]
async fn a_change_that_cannot_be_saved_fails_with_an_internal_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let e = Emulator::builder().state_file(&path).start().await.unwrap();
    let uin = call(&e, "QueryCustomersCredit", "{}").await["Data"][0]["ClientUin"].as_u64().unwrap();
    let remark = |text: &str| serde_json::json!({"ClientUin": uin, "Remark": text}).to_string();
    assert_eq!(code(&serde_json::json!({"Response": call(&e, "ModifyClientRemark", &remark("kept")).await})), "OK");
    // A directory where the file was: the save's rename fails, for root too.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("in-the-way"), "").unwrap();
    let answer = call(&e, "ModifyClientRemark", &remark("lost")).await;
    assert_eq!(answer["Error"]["Code"], "InternalError", "{answer}");
    assert!(answer["Error"]["Message"].as_str().unwrap().contains("state"), "{answer}");
}
