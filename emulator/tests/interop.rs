//! The official Python SDK (`tencentcloud-sdk-python-intl-en`) against the emulator: its
//! valid calls succeed and its broken ones are refused with the real codes. Python comes
//! from `$TC3_PYTHON` (set by scripts/test.sh); without it this test fails.

use std::collections::HashMap;
use std::process::Command;

use serde_json::Value;
use tc3_emulator::Emulator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_gets_the_real_answers() {
    let python = std::env::var("TC3_PYTHON")
        .expect("TC3_PYTHON must name a Python with tencentcloud-sdk-python-intl-en; scripts/test.sh sets it");
    let e = Emulator::start().await.unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/interop/drive.py");
    let (host, id) = (e.addr().to_string(), e.credentials().secret_id().to_owned());
    let output = tokio::task::spawn_blocking(move || {
        Command::new(python).args([script, &host, &id, tc3_emulator::DEMO_SECRET_KEY]).output()
    })
    .await
    .unwrap()
    .expect("Python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "drive.py failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let codes: HashMap<String, String> = stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .inspect(|r| assert_eq!(r["request_id"].as_str().map(str::len), Some(36), "{r}"))
        .map(|r| (r["case"].as_str().unwrap().to_owned(), r["code"].as_str().unwrap().to_owned()))
        .collect();
    let expected = [
        ("countries", "OK"),
        ("send code", "OK"),
        ("create account", "OK"),
        ("allocate credit", "OK"),
        ("query credit", "OK"),
        ("bill summary", "OK"),
        ("refused area", "InvalidParameterValue.UnSupportArea"),
        ("too soon", "FailedOperation.SendVerifyCodeLimit60"),
        ("wrong key", "AuthFailure.SignatureFailure"),
        ("unknown id", "AuthFailure.SecretIdNotFound"),
        ("old timestamp", "AuthFailure.SignatureExpire"),
    ];
    for (case, code) in expected {
        assert_eq!(codes.get(case).map(String::as_str), Some(code), "case {case}:\n{stdout}");
    }
}
