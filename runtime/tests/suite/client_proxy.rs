//! Calls through a proxy on loopback, extra root certificates, and a reqwest client of
//! one's own; the proxy's password never shows.

use std::error::Error as _;

use crate::support::actions::GetCountryCodes;
use crate::support::proxy::Proxy;
use crate::support::{Reply, Server};
use tc3_runtime::{Client, Credentials, ErrorKind};

const OK: &str = r#"{"Response":{"Data":[],"RequestId":"r-ok"}}"#;
const PASSWORD: &str = "s3cret-proxy-pass";

fn builder(endpoint: &str) -> tc3_runtime::ClientBuilder {
    Client::builder().credentials(Credentials::new("AKIDtest", "key")).endpoint(endpoint)
}

/// Everything a user could see of `e`: Display, Debug and the whole source chain.
fn shown(e: &tc3_runtime::Error) -> String {
    let mut out = format!("{e} {e:?}");
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(&format!(" {s} {s:?}"));
        source = s.source();
    }
    out
}

#[tokio::test]
async fn an_explicit_proxy_carries_calls_even_to_loopback() {
    let (server, proxy) = (Server::start(|_| Reply::json(OK)).await, Proxy::start().await);
    let client = builder(&server.url).proxy(&proxy.url).build().unwrap();
    client.call(GetCountryCodes {}).await.unwrap();
    let asked = proxy.asked();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert!(asked[0].line.starts_with(&format!("POST {}/ HTTP/1.1", server.url)), "{asked:?}");
    assert_eq!(server.requests().len(), 1, "the proxy relayed it");
}

#[tokio::test]
async fn proxy_credentials_are_sent_to_the_proxy_and_shown_nowhere() {
    let (server, proxy) = (Server::start(|_| Reply::json(OK)).await, Proxy::start().await);
    let with_password = proxy.url.replace("http://", &format!("http://ops:{PASSWORD}@"));
    let configured = builder(&server.url).proxy(&with_password);
    assert!(!format!("{configured:?}").contains(PASSWORD), "{configured:?}");
    let client = configured.build().unwrap();
    assert!(!format!("{client:?}").contains(PASSWORD), "{client:?}");
    client.call(GetCountryCodes {}).await.unwrap();
    // Basic base64("ops:s3cret-proxy-pass").
    assert_eq!(proxy.asked()[0].authorization.as_deref(), Some("Basic b3BzOnMzY3JldC1wcm94eS1wYXNz"));

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let unreachable = format!("http://ops:{PASSWORD}@{closed}");
    let e = builder_for_error(&server.url, &unreachable).call(GetCountryCodes {}).await.unwrap_err();
    assert!(!shown(&e).contains(PASSWORD), "{}", shown(&e));
    let e = builder(&server.url).proxy(format!("ftp://ops:{PASSWORD}@proxy")).build().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert!(!shown(&e).contains(PASSWORD) && e.to_string().contains("<redacted>"), "{}", shown(&e));
}

fn builder_for_error(endpoint: &str, proxy: &str) -> Client {
    builder(endpoint).proxy(proxy).max_attempts(1).build().unwrap()
}

#[tokio::test]
async fn an_https_endpoint_is_reached_through_connect() {
    let proxy = Proxy::start().await;
    // An origin that hangs up at once, so the TLS handshake fails without waiting.
    let origin = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = origin.local_addr().unwrap().port();
    tokio::spawn(async move { while origin.accept().await.is_ok() {} });
    let client = builder(&format!("https://127.0.0.1:{port}")).proxy(&proxy.url).max_attempts(1).build().unwrap();
    client.call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(proxy.asked()[0].line, format!("CONNECT 127.0.0.1:{port} HTTP/1.1"));
}

#[test]
fn root_certificates_are_checked_when_the_client_is_built() {
    let pem = include_bytes!("../support/test-root.pem");
    builder("http://127.0.0.1:1").root_certificate_pem(pem.as_slice()).build().unwrap();
    let e =
        builder("http://127.0.0.1:1").root_certificate_pem(pem.as_slice()).root_certificate_pem("not a certificate");
    let e = e.build().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert!(e.to_string().contains("root certificate 2"), "{e}");
}

#[tokio::test]
async fn a_reqwest_client_of_ones_own_sends_the_calls() {
    let (server, proxy) = (Server::start(|_| Reply::json(OK)).await, Proxy::start().await);
    let own = reqwest::Client::builder().proxy(reqwest::Proxy::all(&proxy.url).unwrap()).build().unwrap();
    builder(&server.url).http_client(own.clone()).build().unwrap().call(GetCountryCodes {}).await.unwrap();
    assert_eq!(proxy.asked().len(), 1, "its own proxy was used");
    let e = builder(&server.url).http_client(own).proxy(&proxy.url).build().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config, "{e}");
}
