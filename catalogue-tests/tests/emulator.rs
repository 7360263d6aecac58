//! One action of every service of the catalogue, called through tc3's generated types on the
//! emulator, which answers it from the spec: the emulator's example request (every required
//! member) decodes into the typed request, passes the emulator's checks once signed and sent
//! by a client of a site that has the action, and the answer decodes into the typed response
//! (for an action that streams, through `call_stream`: every event decodes).

use std::future::Future;
use std::pin::Pin;

type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;
type CallFn = for<'a> fn(&'a Clients, serde_json::Value) -> CallFuture<'a>;

/// A client of each site, both on the emulator (which answers every site's actions on loopback).
struct Clients {
    international: tc3::Client,
    mainland: tc3::Client,
}

impl Clients {
    /// The international client when the action is on that site, else the mainland one.
    fn for_sites(&self, sites: &[tc3::Site]) -> &tc3::Client {
        if sites.contains(&tc3::Site::International) { &self.international } else { &self.mainland }
    }
}

include!(concat!(env!("OUT_DIR"), "/calls.rs"));

#[tokio::test]
async fn every_service_answers_one_action_in_typed_code() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let clients = Clients {
        international: emulator.client().unwrap(),
        mainland: emulator.client_builder().site(tc3::Site::Mainland).build().unwrap(),
    };
    let mut failures = Vec::new();
    for (service, version, action, call) in CALLS {
        let request = tc3_emulator::example_request(service, version, action).expect("the emulator has every action");
        if let Err(why) = call(&clients, request).await {
            failures.push(format!("{service} {version} {action}: {why}"));
        }
    }
    println!("{} services called", CALLS.len());
    assert!(failures.is_empty(), "{} of {} services failed:\n{}", failures.len(), CALLS.len(), failures.join("\n"));
}

/// A mainland-only action in typed code: an international client refuses it before sending,
/// naming the site that has it; a mainland client sends it.
#[tokio::test]
async fn a_mainland_only_action_is_sent_by_a_mainland_client_only() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let request: tc3_tsf::DescribeClusters = serde_json::from_value(serde_json::json!({})).unwrap();
    let refused = emulator.client().unwrap().call(request.clone()).await.unwrap_err();
    assert_eq!(refused.kind(), tc3::ErrorKind::Config);
    assert!(refused.to_string().contains("is only on the mainland site"), "{refused}");
    assert_eq!(emulator.performed("tsf", "DescribeClusters"), 0, "the refused call was sent");
    let mainland = emulator.client_builder().site(tc3::Site::Mainland).build().unwrap();
    mainland.call(request).await.unwrap();
    assert_eq!(emulator.performed("tsf", "DescribeClusters"), 1);
}
