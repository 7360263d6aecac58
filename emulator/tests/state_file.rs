//! A state file the emulator cannot write: refused at start, instead of every change
//! answered with success and lost.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

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
