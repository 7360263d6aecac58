//! The inbox as JSON, and the page as a person sees it in a real browser (headless
//! Chromium). Without Chromium this test fails: CI installs it (`.ci/run`); set
//! `TC3_CHROMIUM` to use another binary.

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::support;
use serde_json::{Value, json};
use tc3_emulator::Emulator;

fn chromium() -> String {
    let path = std::env::var("TC3_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&path).exists(),
        "no Chromium at {path}: install Debian's `chromium` (apt-get install chromium) or set TC3_CHROMIUM"
    );
    path
}

/// The DOM of `url` after load, as Chromium renders it.
fn dump_dom(url: &str) -> String {
    // A profile of its own for each run: two Chromiums on one profile do not both start.
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let run = format!("tc3-emulator-chromium-{}-{}", std::process::id(), RUNS.fetch_add(1, Ordering::Relaxed));
    let profile = std::env::temp_dir().join(&run);
    let log = std::env::temp_dir().join(format!("{run}.log"));
    // The DOM goes to a file: a pipe nobody reads before Chromium exits holds 64 KiB, and a
    // larger DOM left Chromium blocked writing it until the deadline below.
    let dom = std::env::temp_dir().join(format!("{run}.html"));
    let mut child = Command::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", url])
        .stdout(Stdio::from(std::fs::File::create(&dom).expect("a file for the DOM")))
        .stderr(Stdio::from(std::fs::File::create(&log).expect("a log file for Chromium")))
        .spawn()
        .expect("Chromium starts");
    // A guard against a hung browser, not a measure: a cold Chromium (its files out of the
    // page cache after a large build, the disk busy writing) was seen to take over 60 s.
    let deadline = Instant::now() + Duration::from_secs(300);
    while child.try_wait().expect("Chromium runs").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let said = std::fs::read_to_string(&log).unwrap_or_default();
            panic!("Chromium did not finish within 300 s; it said:\n{said}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = std::fs::read(&dom).expect("Chromium's output");
    let _ = std::fs::remove_dir_all(&profile);
    let _ = std::fs::remove_file(&log);
    let _ = std::fs::remove_file(&dom);
    String::from_utf8_lossy(&output).into_owned()
}

/// The section `id` of the page's DOM.
fn section(dom: &str, id: &str) -> String {
    let start = dom.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no {id} section in:\n{dom}"));
    let end = dom[start..].find("</section>").map_or(dom.len(), |i| start + i);
    dom[start..end].to_owned()
}

async fn flow(e: &Emulator) -> String {
    let client = e.client().unwrap();
    let v = "2022-09-28";
    client
        .call_json("intlpartnersmgt", v, "SendVerifyCode", json!({"CountryCode": "65", "PhoneNum": "81234567"}))
        .await
        .unwrap();
    let code = e.latest_code("65", "81234567").unwrap();
    let created = client
        .call_json(
            "intlpartnersmgt",
            v,
            "CreateAccount",
            json!({"AccountType": "personal", "Mail": "mei@lion.example", "Password": "Lion&City9", "ConfirmPassword": "Lion&City9",
                   "PhoneNum": "81234567", "CountryCode": "65", "Area": "SG", "VerifyCode": code,
                   "TradeOne": "kghy_02", "TradeTwo": "kghy_0201"}),
        )
        .await
        .unwrap();
    let refused =
        client.call_json("intlpartnersmgt", v, "SendVerifyCode", json!({"CountryCode": "380", "PhoneNum": "1"})).await;
    assert!(refused.is_err());
    created["Uin"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_inbox_serves_codes_as_json() {
    let e = Emulator::start().await.unwrap();
    flow(&e).await;
    let inbox: Value = reqwest::get(format!("{}/_emulator/inbox", e.url())).await.unwrap().json().await.unwrap();
    let messages = inbox["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["kind"], "sms");
    assert_eq!(messages[0]["to"], "+65 81234567");
    assert_eq!(messages[0]["code"].as_str().map(str::len), Some(6));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_sees_requests_accounts_and_codes() {
    let e = Emulator::start().await.unwrap();
    let uin = flow(&e).await;
    e.client().unwrap().call_json("cvm", "2017-03-12", "DescribeRegions", json!({})).await.unwrap();
    let code = e.latest_code("65", "81234567").unwrap();
    let url = format!("{}/_emulator/", e.url());
    let dom = tokio::task::spawn_blocking(move || dump_dom(&url)).await.unwrap();
    let section = |id: &str| section(&dom, id);
    let requests = section("requests");
    for seen in [
        "intlpartnersmgt",
        "SendVerifyCode",
        "CreateAccount",
        "InvalidParameterValue.UnSupportArea",
        "cvm",
        "DescribeRegions",
        tc3_emulator::DEMO_SECRET_ID,
        " ms",
    ] {
        assert!(requests.contains(seen), "requests lack {seen}:\n{requests}");
    }
    // Each request's parameters and answer, secrets redacted (the password is nowhere on the
    // page: see below).
    assert!(requests.contains("mei@lion.example") && requests.contains(&uin), "{requests}");
    assert!(requests.contains(r#""VerifyCode": "&lt;redacted&gt;""#), "{requests}");
    let accounts = section("accounts");
    assert!(
        accounts.contains(&uin) && accounts.contains("mei@lion.example") && accounts.contains("+65 81234567"),
        "{accounts}"
    );
    let inbox = section("inbox");
    assert!(inbox.contains(&code) && inbox.contains("+65 81234567"), "{inbox}");
    assert!(!dom.contains("Lion&amp;City9") && !dom.contains("Lion&City9"), "a password reached the page");
    assert!(dom.contains("http-equiv=\"refresh\""), "the page reloads itself");

    // Filtered as the page's form asks: one service, or the refusals only.
    let filtered = |query: &'static str| {
        let url = format!("{}/_emulator/?{query}", e.url());
        tokio::task::spawn_blocking(move || dump_dom(&url))
    };
    let cvm = filtered("service=cvm").await.unwrap();
    assert!(cvm.contains("DescribeRegions") && !cvm.contains("SendVerifyCode"), "{cvm}");
    let refused = filtered("outcome=error").await.unwrap();
    assert!(refused.contains("UnSupportArea") && !refused.contains("DescribeRegions"), "{refused}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_too_long_to_keep_or_not_json_shows_no_secret() {
    let e = Emulator::start().await.unwrap();
    // Longer than the page keeps (64 KiB): one secret before the cut, one past it.
    let long = json!({"AdminPassword": "Before-The-Cut1", "Pad": "x".repeat(70 * 1024), "Password": "Past-The-Cut2"});
    let (_, answer) = support::Call::new(&e, "CreateAccount", &long.to_string()).send(&e).await;
    assert_ne!(support::code(&answer), "OK", "{answer}");
    let (_, answer) = support::Call::new(&e, "CreateAccount", "Password: Not-Json-Secret3, & so on").send(&e).await;
    assert_eq!(support::code(&answer), "InvalidParameter", "{answer}");
    let url = format!("{}/_emulator/", e.url());
    let dom = tokio::task::spawn_blocking(move || dump_dom(&url)).await.unwrap();
    for secret in ["Before-The-Cut1", "Past-The-Cut2", "Not-Json-Secret3"] {
        assert!(!dom.contains(secret), "{secret} reached the page");
    }
    let requests = section(&dom, "requests");
    assert!(requests.contains(r#""AdminPassword": "&lt;redacted&gt;""#), "{requests}");
    assert!(requests.contains(r#""Password": "&lt;redacted&gt;""#), "a long member hides none after it");
    assert!(requests.contains("more bytes not kept"), "the long member is cut, and says so");
    assert!(requests.contains("(not shown: neither JSON nor form parameters"), "{requests}");
}
