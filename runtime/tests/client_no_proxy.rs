//! `NO_PROXY` exempts hosts from an explicit proxy too. Alone in its binary: it sets an
//! environment variable, which other tests of the same process would see.

mod support;

use support::actions::GetCountryCodes;
use support::proxy::Proxy;
use support::{Reply, Server};
use tc3_runtime::{Client, Credentials};

#[tokio::test]
async fn hosts_in_no_proxy_are_reached_directly() {
    // SAFETY: the only test of this binary, and no other thread reads the environment yet.
    unsafe { std::env::set_var("NO_PROXY", "127.0.0.1") };
    let (server, proxy) =
        (Server::start(|_| Reply::json(r#"{"Response":{"Data":[],"RequestId":"r"}}"#)).await, Proxy::start().await);
    let client =
        Client::builder().credentials(Credentials::new("AKIDtest", "key")).endpoint(&server.url).proxy(&proxy.url);
    client.build().unwrap().call(GetCountryCodes {}).await.unwrap();
    assert_eq!(server.requests().len(), 1);
    assert!(proxy.asked().is_empty(), "{:?}", proxy.asked());
}
