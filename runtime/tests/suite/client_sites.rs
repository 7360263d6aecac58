//! Where calls go: the site's hosts and language, another root domain, and one call's own
//! endpoint. Hosts of the real sites are seen through a proxy on loopback that records the
//! `CONNECT` line and refuses it, so nothing leaves the machine.

use std::sync::{Arc, Mutex};

use crate::support::actions::GetCountryCodes;
use crate::support::{Reply, Server};
use tc3_runtime::{CallOptions, Client, Credentials, ErrorKind, Site};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const OK: &str = r#"{"Response":{"Data":[],"RequestId":"r-ok"}}"#;

/// A proxy that notes the request line of each connection and answers 403: a client asking
/// it for `https://cvm.tencentcloudapi.com/` sends `CONNECT cvm.tencentcloudapi.com:443`.
struct Refusing {
    url: String,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Refusing {
    async fn start() -> Refusing {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let lines = Arc::new(Mutex::new(Vec::new()));
        let log = lines.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && head.len() < 1 << 14 {
                    if stream.read(&mut byte).await.unwrap_or(0) == 0 {
                        break;
                    }
                    head.push(byte[0]);
                }
                let line = String::from_utf8_lossy(&head).lines().next().unwrap_or_default().to_owned();
                log.lock().unwrap().push(line);
                let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n").await;
            }
        });
        Refusing { url, lines }
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

fn through(proxy: &Refusing) -> tc3_runtime::ClientBuilder {
    Client::builder().credentials(Credentials::new("AKIDtest", "key")).proxy(&proxy.url).max_attempts(1)
}

#[tokio::test]
async fn each_site_and_root_domain_names_the_service_host() {
    let proxy = Refusing::start().await;
    let clients = [
        through(&proxy).build().unwrap(),
        through(&proxy).site(Site::Mainland).build().unwrap(),
        through(&proxy).site(Site::Mainland).root_domain("internal.tencentcloudapi.com").build().unwrap(),
    ];
    for client in &clients {
        assert_eq!(client.call(GetCountryCodes {}).await.unwrap_err().kind(), ErrorKind::Connect);
    }
    assert_eq!(
        proxy.lines(),
        [
            "CONNECT intlpartnersmgt.intl.tencentcloudapi.com:443 HTTP/1.1",
            "CONNECT intlpartnersmgt.tencentcloudapi.com:443 HTTP/1.1",
            "CONNECT intlpartnersmgt.internal.tencentcloudapi.com:443 HTTP/1.1",
        ]
    );
}

#[tokio::test]
async fn one_call_goes_to_its_own_endpoint_and_the_next_to_the_clients() {
    let proxy = Refusing::start().await;
    let client = through(&proxy).site(Site::Mainland).build().unwrap();
    let regional = CallOptions::new().endpoint("https://intlpartnersmgt.ap-guangzhou.tencentcloudapi.com");
    client.call_with(GetCountryCodes {}, &regional).await.unwrap_err();
    client.call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(
        proxy.lines(),
        [
            "CONNECT intlpartnersmgt.ap-guangzhou.tencentcloudapi.com:443 HTTP/1.1",
            "CONNECT intlpartnersmgt.tencentcloudapi.com:443 HTTP/1.1",
        ]
    );
}

#[tokio::test]
async fn a_call_endpoint_on_loopback_is_signed_for_its_own_host() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let client = crate::support::client_builder(&server.url).site(Site::Mainland).build().unwrap();
    let other = Server::start(|_| Reply::json(OK)).await;
    client.call_with(GetCountryCodes {}, &CallOptions::new().endpoint(&other.url)).await.unwrap();
    let sent = &other.requests()[0];
    assert_eq!(sent.headers["host"], other.url.trim_start_matches("http://"));
    assert!(server.requests().is_empty(), "the client's endpoint got the call");
}

#[tokio::test]
async fn the_site_sets_the_default_language_and_an_explicit_one_wins() {
    let server = Server::start(|_| Reply::json(OK)).await;
    for (builder, expected) in [
        (crate::support::client_builder(&server.url), "en-US"),
        (crate::support::client_builder(&server.url).site(Site::Mainland), "zh-CN"),
        (
            crate::support::client_builder(&server.url).language(tc3_runtime::Language::EnUs).site(Site::Mainland),
            "en-US",
        ),
    ] {
        builder.build().unwrap().call(GetCountryCodes {}).await.unwrap();
        assert_eq!(server.requests().last().unwrap().headers["x-tc-language"], expected);
    }
}

#[tokio::test]
async fn a_bad_root_domain_or_call_endpoint_is_refused_before_sending() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let e = crate::support::client_builder(&server.url).root_domain("https://tencentcloudapi.com").build().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert!(e.to_string().contains("root domain"), "{e}");
    let client = crate::support::client_builder(&server.url).build().unwrap();
    let e = client.call_with(GetCountryCodes {}, &CallOptions::new().endpoint("http://example.com")).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert!(server.requests().is_empty(), "a refused call was sent");
}

/// An action of the mainland site only, as a generated type states it.
#[derive(Debug, serde::Serialize)]
struct DescribeMainlandThing {}

impl tc3_runtime::Action for DescribeMainlandThing {
    type Response = serde_json::Value;
    const SERVICE: &'static str = "tsf";
    const VERSION: &'static str = "2018-03-26";
    const ACTION: &'static str = "DescribeMainlandThing";
    const SITES: &'static [Site] = &[Site::Mainland];
}

#[tokio::test]
async fn an_action_of_the_other_site_is_refused_before_sending_naming_the_site_that_has_it() {
    let server = Server::start(|_| Reply::json(OK)).await;
    let e =
        crate::support::client_builder(&server.url).build().unwrap().call(DescribeMainlandThing {}).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert_eq!(
        e.to_string(),
        "tsf DescribeMainlandThing (version 2018-03-26) is only on the mainland site; this client calls the \
         international site (ClientBuilder::site)"
    );
    assert!(server.requests().is_empty(), "a refused call was sent");
    crate::support::client_builder(&server.url)
        .site(Site::Mainland)
        .build()
        .unwrap()
        .call(DescribeMainlandThing {})
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 1);
    // A request type that states no site is sent from either.
    crate::support::client_builder(&server.url)
        .site(Site::Mainland)
        .build()
        .unwrap()
        .call(GetCountryCodes {})
        .await
        .unwrap();
    crate::support::client_builder(&server.url).build().unwrap().call(GetCountryCodes {}).await.unwrap();
    assert_eq!(server.requests().len(), 3);
}
