//! The official Python SDK (`tencentcloud-sdk-python-intl-en`) and CLI (`tccli-intl-en`)
//! against the emulator: valid calls succeed and broken ones are refused with the real
//! codes. Python is `tc3_test_support::python`'s (scripts/test.sh installs it); without it
//! these fail.

use std::collections::HashMap;

use serde_json::Value;
use tc3_emulator::{Clock, Emulator};

/// Runs `tests/interop/<script>` with the emulator's address and demo key pair; its output.
async fn run_script(e: &Emulator, script: &str) -> String {
    run_script_with(e, script, false).await
}

/// [`run_script`], with the mainland SDK first on the script's path when `mainland`.
async fn run_script_with(e: &Emulator, script: &str, mainland: bool) -> String {
    let path = format!("{}/tests/interop/{script}", env!("CARGO_MANIFEST_DIR"));
    let (host, id) = (e.addr().to_string(), e.credentials().secret_id().to_owned());
    let output = tokio::task::spawn_blocking(move || {
        let mut command = tc3_test_support::python::command(mainland);
        command.args([&path, &host, &id, tc3_emulator::DEMO_SECRET_KEY]).output()
    })
    .await
    .unwrap()
    .expect("Python runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{script} failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_gets_the_real_answers() {
    // The manual clock stands still: "too soon" is inside the SMS interval and the code is
    // fresh however slowly Python runs, while its timestamps stay within the 5-minute window.
    let e = Emulator::builder().clock(Clock::manual_now()).start().await.unwrap();
    let stdout = run_script(&e, "drive.py").await;
    let results: HashMap<String, Value> = stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .inspect(|r| assert_eq!(r["request_id"].as_str().map(str::len), Some(36), "{r}"))
        .map(|r| (r["case"].as_str().unwrap().to_owned(), r))
        .collect();
    let codes: HashMap<&str, &str> =
        results.iter().map(|(case, r)| (case.as_str(), r["code"].as_str().unwrap())).collect();
    let expected = [
        ("countries", "OK"),
        ("send code", "OK"),
        ("create account", "OK"),
        ("allocate credit", "OK"),
        ("query credit", "OK"),
        ("get countries", "OK"),
        ("get credit by uins", "OK"),
        ("unsigned payload", "OK"),
        ("v1 HmacSHA1 form", "OK"),
        ("v1 HmacSHA256 GET", "OK"),
        ("v1 wrong key", "AuthFailure.SignatureFailure"),
        ("bill summary", "OK"),
        ("refused area", "InvalidParameterValue.UnSupportArea"),
        ("too soon", "FailedOperation.SendVerifyCodeLimit60"),
        ("wrong key", "AuthFailure.SignatureFailure"),
        ("unknown id", "AuthFailure.SecretIdNotFound"),
        ("old timestamp", "AuthFailure.SignatureExpire"),
    ];
    for (case, code) in expected {
        assert_eq!(codes.get(case).copied(), Some(code), "case {case}:\n{stdout}");
    }
    // However the call was signed and sent, the answer is the same.
    let data = |case: &str| results[case]["response"]["Data"].clone();
    assert!(data("get credit by uins").as_array().is_some_and(|d| d.len() == 1), "{stdout}");
    assert_eq!(data("unsigned payload"), data("get credit by uins"));
    assert_eq!(data("v1 HmacSHA1 form"), data("get credit by uins"));
    assert_eq!(data("v1 HmacSHA256 GET"), data("get countries"));
}

/// Runs `tccli intlpartnersmgt <args>` against `e`; returns (success, stdout, stderr).
async fn tccli(e: &Emulator, secret_key: &str, args: &[&str]) -> (bool, String, String) {
    let home = std::env::temp_dir().join(format!("tc3-emulator-tccli-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/interop/tccli_http.py");
    let mut command = tc3_test_support::python::command(false);
    command
        .env("HOME", &home)
        .args([script, "intlpartnersmgt"])
        .args(args)
        .args(["--secretId", tc3_emulator::DEMO_SECRET_ID, "--secretKey", secret_key])
        .args(["--region", "ap-singapore", "--endpoint", &e.addr().to_string()]);
    let output = tokio::task::spawn_blocking(move || command.output()).await.unwrap().expect("tccli runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (output.status.success(), text(&output.stdout), text(&output.stderr))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_cli_gets_the_real_answers() {
    let e = Emulator::start().await.unwrap();
    let key = tc3_emulator::DEMO_SECRET_KEY;
    let (ok, stdout, stderr) = tccli(&e, key, &["GetCountryCodes"]).await;
    assert!(ok, "{stdout}{stderr}");
    let answer: Value = serde_json::from_str(&stdout).unwrap();
    assert!(answer["Data"].as_array().is_some_and(|d| !d.is_empty()), "{answer}");

    let (ok, stdout, stderr) =
        tccli(&e, key, &["SendVerifyCode", "--CountryCode", "380", "--PhoneNum", "501234567"]).await;
    assert!(
        !ok && format!("{stdout}{stderr}").contains("code:InvalidParameterValue.UnSupportArea"),
        "{stdout}{stderr}"
    );

    let (ok, stdout, stderr) = tccli(&e, "tampered", &["GetCountryCodes"]).await;
    assert!(!ok && format!("{stdout}{stderr}").contains("code:AuthFailure.SignatureFailure"), "{stdout}{stderr}");
    let _ = std::fs::remove_dir_all(std::env::temp_dir().join(format!("tc3-emulator-tccli-{}", std::process::id())));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_parses_the_answers_of_other_services_into_its_models() {
    let e = Emulator::start().await.unwrap();
    let stdout = run_script(&e, "catalogue.py").await;
    let results: Vec<Value> = stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(results.len(), 6, "{stdout}");
    for result in &results {
        assert_eq!(result["code"], "OK", "{result}");
        // The SDK's model kept the members the emulator answered: more than the request id.
        let members = result["response"].as_object().unwrap();
        assert!(members.iter().any(|(k, v)| k != "RequestId" && !v.is_null()), "{result}");
    }
    let cvm = results.iter().find(|r| r["service"] == "cvm").unwrap();
    let instance = &cvm["response"]["InstanceSet"][0];
    assert!(instance["InstanceId"].as_str().is_some_and(|id| id.starts_with("ins-")), "{cvm}");
    assert!(instance["Placement"]["Zone"].is_string(), "nested models are filled: {cvm}");
}

/// The official mainland SDK (`tencentcloud-sdk-python`, installed apart by scripts/test.sh in
/// `.venv/mainland`, `tc3_test_support::python::mainland_packages`), each client on its own mainland host
/// through the emulator as its proxy: five services of the mainland only, and a cvm action the
/// international site lacks, are answered, routed by their Host, and every answer parses into
/// the SDK's models.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_mainland_sdk_calls_mainland_only_services_by_their_hosts() {
    let e = Emulator::start().await.unwrap();
    let stdout = run_script_with(&e, "mainland.py", true).await;
    let mut lines = stdout.lines().map(|line| serde_json::from_str::<Value>(line).unwrap());
    let sdk = lines.next().unwrap();
    assert_eq!(sdk["sdk"], "3.1.189", "the mainland SDK, not the international one: {sdk}");
    let results: Vec<Value> = lines.collect();
    assert_eq!(results.len(), 6, "{stdout}");
    for result in &results {
        assert_eq!(result["code"], "OK", "{result}");
        assert_eq!(result["host"], format!("{}.tencentcloudapi.com", result["service"].as_str().unwrap()), "{result}");
        let members = result["response"].as_object().unwrap();
        assert!(members.iter().any(|(k, v)| k != "RequestId" && !v.is_null()), "{result}");
    }
    // Each was routed by its Host: the page's log names the service.
    let page = reqwest::get(format!("{}/_emulator/", e.url())).await.unwrap().text().await.unwrap();
    for service in ["tsf", "ess", "tcb", "iotexplorer", "api", "cvm"] {
        assert!(page.contains(&format!(">{service}<")), "{service} is not in the log");
    }
}

/// The official mainland SDK reads the emulator's stream of hunyuan's ChatCompletions as it
/// reads the service's: one event dict per event, each with JSON data; the deltas add up to
/// the text of the answer it gets without a stream.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_mainland_sdk_reads_a_streamed_answer() {
    let e = Emulator::start().await.unwrap();
    let stdout = run_script_with(&e, "mainland_stream.py", true).await;
    let mut lines: Vec<Value> = stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let whole = lines.pop().expect("the answer without a stream")["whole"].clone();
    assert!(lines.len() > 1, "{stdout}");
    let choice = |data: &Value| data["Choices"][0].clone();
    let streamed: String =
        lines.iter().map(|l| choice(&l["data"])["Delta"]["Content"].as_str().unwrap().to_owned()).collect();
    assert_eq!(streamed, choice(&whole)["Delta"]["Content"].as_str().unwrap(), "{stdout}");
    let last = lines.last().unwrap();
    assert_eq!(choice(&last["data"])["FinishReason"], "stop", "{stdout}");
    assert!(whole["RequestId"].is_string(), "{whole}");
}
