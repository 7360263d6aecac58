//! One action of every service of the catalogue, called through tc3's generated types on the
//! emulator, which answers it from the spec: the emulator's example request (every required
//! member) decodes into the typed request, passes the emulator's checks once signed and sent,
//! and the answer decodes into the typed response.

use std::future::Future;
use std::pin::Pin;

type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;
type CallFn = for<'a> fn(&'a tc3::Client, serde_json::Value) -> CallFuture<'a>;

include!(concat!(env!("OUT_DIR"), "/calls.rs"));

#[tokio::test]
async fn every_service_answers_one_action_in_typed_code() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let client = emulator.client().unwrap();
    let mut failures = Vec::new();
    for (service, version, action, call) in CALLS {
        let request = tc3_emulator::example_request(service, version, action).expect("the emulator has every action");
        if let Err(why) = call(&client, request).await {
            failures.push(format!("{service} {version} {action}: {why}"));
        }
    }
    println!("{} services called", CALLS.len());
    assert!(failures.is_empty(), "{} of {} services failed:\n{}", failures.len(), CALLS.len(), failures.join("\n"));
}
