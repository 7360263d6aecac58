//! The blocking client from threads with no async runtime, against the emulator (which
//! runs on a runtime of the test's own).
#![cfg(feature = "blocking")]

use serde_json::json;
use tc3::intlpartnersmgt as api;
use tc3::paging::Paged as _;
use tc3_emulator::Emulator;

/// The emulator on a runtime of its own; drop order: the emulator, then its runtime.
struct Sandbox {
    emulator: Emulator,
    _runtime: tokio::runtime::Runtime,
}

fn sandbox() -> Sandbox {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let emulator = runtime.block_on(Emulator::start()).unwrap();
    Sandbox { emulator, _runtime: runtime }
}

/// Built as with reqwest's blocking client: `blocking::Client::builder()...build()` (it once
/// gave the async client, and the next call failed on a future).
fn client(sandbox: &Sandbox) -> tc3::blocking::Client {
    let e = &sandbox.emulator;
    tc3::blocking::Client::builder().credentials(e.credentials()).endpoint(e.url()).build().unwrap()
}

#[test]
fn calls_from_a_thread_without_a_runtime() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let worker = client.clone();
    let countries = std::thread::spawn(move || worker.call(api::GetCountryCodes {}).unwrap()).join().unwrap();
    assert!(countries.data.unwrap().iter().any(|c| c.code.as_deref() == Some("852")));
    let credit = client.call(api::QueryPartnerCredit {}).unwrap();
    assert!(credit.remaining_credit.is_some());
    let refused = client.call_json(
        "intlpartnersmgt",
        "2022-09-28",
        "SendVerifyCode",
        json!({"CountryCode": "380", "PhoneNum": "1"}),
    );
    assert_eq!(refused.unwrap_err().code(), Some("InvalidParameterValue.UnSupportArea"));
    let options = tc3::CallOptions::new().max_attempts(1);
    client.call_with(api::GetTradeConfigList {}, &options).unwrap();
}

#[test]
fn paginators_are_iterators() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let first = client.call(tc3::request!(api::QueryCustomersCredit { page_size: 1 })).unwrap();
    let total = usize::try_from(first.total.unwrap()).unwrap();
    let pages = tc3::request!(api::QueryCustomersCredit { page_size: 3 }).pages_blocking(&client);
    let customers: Vec<_> = pages.collect::<tc3::Result<_>>().unwrap();
    assert_eq!(customers.len(), total);
}

#[tokio::test]
async fn inside_an_async_runtime_it_refuses_instead_of_blocking() {
    let emulator = Emulator::start().await.unwrap();
    let client = tokio::task::spawn_blocking({
        let (credentials, url) = (emulator.credentials(), emulator.url().to_owned());
        // The async builder makes a blocking client too.
        move || tc3::Client::builder().credentials(credentials).endpoint(url).build_blocking().unwrap()
    })
    .await
    .unwrap();
    let e = client.call(api::GetCountryCodes {}).unwrap_err();
    assert_eq!(e.kind(), tc3::ErrorKind::Config);
    assert!(e.to_string().contains("inside an async runtime"), "{e}");
    let mut pages = tc3::request!(api::QueryCustomersCredit { page_size: 3 }).pages_blocking(&client);
    assert!(pages.next().unwrap().is_err());
    assert!(pages.next().is_none(), "one error ends the walk");
    drop(client); // dropping it here must not panic either
}
