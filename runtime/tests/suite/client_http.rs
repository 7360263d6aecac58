//! The client against a real HTTP server on 127.0.0.1: headers, signature, and every shape of
//! answer, good and broken.

use std::time::Duration;

use crate::support::actions::{GetCountryCodes, SendVerifyCode, SendVerifyCodeResponse};
use crate::support::{Reply, Server};
use serde_json::json;
use tc3_runtime::{Client, Credentials, ErrorKind, sign};

const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const TOKEN: &str = "temporary-session-token-value";

fn credentials() -> Credentials {
    Credentials::new("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SECRET_KEY)
}

fn client(server: &Server) -> Client {
    Client::builder()
        .credentials(credentials())
        .endpoint(&server.url)
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn valid_request() -> SendVerifyCode {
    SendVerifyCode { country_code: "852".into(), phone_num: "18888888888".into() }
}

#[tokio::test]
async fn call_sends_the_official_headers_and_a_signature_the_server_can_verify() {
    let server = Server::start(|_| Reply::json(r#"{"Response":{"RequestId":"req-1"}}"#)).await;
    let client = Client::builder()
        .credentials(credentials().with_token(TOKEN))
        .endpoint(&server.url)
        .region("ap-singapore")
        .language(tc3_runtime::Language::ZhCn)
        .build()
        .unwrap();
    let response = client.call(valid_request()).await.unwrap();
    assert_eq!(response, SendVerifyCodeResponse { request_id: "req-1".into() });

    let got = &server.requests()[0];
    let h = |name: &str| got.headers.get(name).map(String::as_str);
    let host = server.url.trim_start_matches("http://");
    assert_eq!(h("host"), Some(host));
    assert_eq!(h("content-type"), Some("application/json"));
    assert_eq!(h("x-tc-action"), Some("SendVerifyCode"));
    assert_eq!(h("x-tc-version"), Some("2022-09-28"));
    assert_eq!(h("x-tc-region"), Some("ap-singapore"));
    assert_eq!(h("x-tc-token"), Some(TOKEN));
    assert_eq!(h("x-tc-language"), Some("zh-CN"));
    assert!(h("x-tc-requestclient").unwrap().starts_with("tc3/"));
    assert!(h("user-agent").unwrap().starts_with("tc3/"));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&got.body).unwrap(),
        json!({"CountryCode": "852", "PhoneNum": "18888888888"})
    );

    // Verify as a server would: recompute from what arrived on the wire.
    let timestamp: u64 = h("x-tc-timestamp").unwrap().parse().unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    assert!(now.abs_diff(timestamp) < 60);
    let expected =
        sign::authorization(&credentials(), "intlpartnersmgt", host, timestamp, "application/json", &got.body);
    assert_eq!(h("authorization"), Some(expected.as_str()));
}

#[tokio::test]
async fn optional_headers_are_absent_when_not_configured() {
    let server = Server::start(|_| Reply::json(r#"{"Response":{"RequestId":"r"}}"#)).await;
    client(&server).call(valid_request()).await.unwrap();
    let got = &server.requests()[0];
    assert!(!got.headers.contains_key("x-tc-region"));
    assert!(!got.headers.contains_key("x-tc-token"));
    assert_eq!(got.headers.get("x-tc-language").map(String::as_str), Some("en-US"));
}

#[tokio::test]
async fn call_json_returns_the_response_object() {
    let server = Server::start(|_| {
        Reply::json(r#"{"Response":{"Data":[{"Country":"Hong Kong","Code":"852"}],"RequestId":"r-9"}}"#)
    })
    .await;
    let v = client(&server).call_json("intlpartnersmgt", "2022-09-28", "GetCountryCodes", json!({})).await.unwrap();
    assert_eq!(v["Data"][0]["Code"], "852");
    assert_eq!(v["RequestId"], "r-9");
    assert_eq!(server.requests()[0].headers["x-tc-action"], "GetCountryCodes");
}

#[tokio::test]
async fn error_envelope_becomes_a_service_error_with_code_message_and_request_id() {
    let server = Server::start(|_| {
        Reply::json(
            r#"{"Response":{"Error":{"Code":"FailedOperation.SendVerifyCodeLimit60","Message":"wait a minute"},"RequestId":"r-err"}}"#,
        )
    })
    .await;
    let e = client(&server).call(valid_request()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Service);
    assert_eq!(e.code(), Some("FailedOperation.SendVerifyCodeLimit60"));
    assert_eq!(e.message(), "wait a minute");
    assert_eq!(e.request_id(), Some("r-err"));
    assert_eq!(e.retry_after(), Some(Duration::from_secs(60)), "the action documents the wait");
    assert_eq!(e.to_string(), "FailedOperation.SendVerifyCodeLimit60: wait a minute [request id r-err]");
}

#[tokio::test]
async fn html_error_page_becomes_an_http_error_naming_the_status() {
    let page = format!("<html><body><h1>502 Bad Gateway</h1>{}</body></html>", "padding ".repeat(200));
    let server = Server::start(move |_| Reply::http(502, "text/html", page.as_bytes())).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!((e.kind(), e.status()), (ErrorKind::Http, Some(502)));
    let text = e.to_string();
    assert!(text.contains("502") && text.contains("Bad Gateway"), "{text}");
    assert!(text.len() < 250, "the excerpt is short: {text}");
}

#[tokio::test]
async fn html_page_with_status_200_is_a_decode_error() {
    let server = Server::start(|_| Reply::http(200, "text/html", b"<html>maintenance</html>")).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!((e.kind(), e.status()), (ErrorKind::Decode, Some(200)));
    assert!(e.to_string().contains("maintenance"), "{e}");
}

#[tokio::test]
async fn empty_body_is_a_decode_error() {
    let server = Server::start(|_| Reply::http(200, "application/json", b"")).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!((e.kind(), e.status()), (ErrorKind::Decode, Some(200)));
    assert!(e.to_string().contains("(empty)"), "{e}");
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let server = Server::start(|_| Reply::json(r#"{"Response":{"Data":[{"Coun"#)).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);
}

#[tokio::test]
async fn connection_cut_mid_body_is_a_transport_error_or_outcome_unknown() {
    let cut = || {
        let mut bytes = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n".to_vec();
        bytes.extend_from_slice(br#"{"Response":{"Data":["#);
        Reply::Raw(bytes)
    };
    let server = Server::start(move |_| cut()).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Transport, "{e:?}");
    // The request reached the server: a second SendVerifyCode could send a second SMS.
    let e = client(&server).call(valid_request()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::OutcomeUnknown, "{e:?}");
    assert!(e.to_string().contains("SendVerifyCode may or may not have taken effect"), "{e}");
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_a_decode_error_keeping_the_request_id() {
    let server = Server::start(|_| Reply::json(r#"{"Response":{"Data":"not a list","RequestId":"r-shape"}}"#)).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!((e.kind(), e.request_id()), (ErrorKind::Decode, Some("r-shape")));

    let server = Server::start(|_| Reply::json(r#"{"Result":{}}"#)).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);

    let server = Server::start(|_| Reply::json(r#"{"Response":[1,2]}"#)).await;
    let e = client(&server).call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);
}

#[tokio::test]
async fn answers_over_the_size_cap_are_refused() {
    let big = format!(r#"{{"Response":{{"Data":[],"Pad":"{}","RequestId":"r"}}}}"#, "x".repeat(64 * 1024));
    let server = Server::start(move |_| Reply::json(&big)).await;
    let client =
        Client::builder().credentials(credentials()).endpoint(&server.url).max_response_bytes(4096).build().unwrap();
    let e = client.call(GetCountryCodes {}).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);
    assert!(e.to_string().contains("4096-byte limit"), "{e}");
}

#[tokio::test]
async fn invalid_request_is_refused_before_anything_is_sent() {
    let server = Server::start(|_| Reply::json(r#"{"Response":{"RequestId":"r"}}"#)).await;
    let bad = SendVerifyCode { country_code: "86".into(), phone_num: "12ab".into() };
    let e = client(&server).call(bad).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Validation);
    let rules: Vec<(&str, &str)> = e.violations().iter().map(|v| (v.field(), v.rule())).collect();
    assert_eq!(rules, [("CountryCode", "not_one_of"), ("PhoneNum", "digits")]);
    assert!(!e.to_string().contains("12ab"), "values stay out of errors: {e}");
    assert_eq!(server.connections_so_far().await, 0, "nothing reached the server");
}

#[tokio::test]
async fn secrets_echoed_by_a_broken_server_stay_out_of_errors() {
    let server = Server::start(|r| {
        let page = format!("<pre>{} {}</pre>", r.headers["authorization"], r.headers["x-tc-token"]);
        Reply::http(500, "text/html", page.as_bytes())
    })
    .await;
    let client = Client::builder().credentials(credentials().with_token(TOKEN)).endpoint(&server.url).build().unwrap();
    let e = client.call(GetCountryCodes {}).await.unwrap_err();
    let authorization = &server.requests()[0].headers["authorization"];
    let signature = authorization.rsplit('=').next().unwrap();
    for shown in [e.to_string(), format!("{e:?}")] {
        assert!(!shown.contains(TOKEN) && !shown.contains(signature) && !shown.contains(SECRET_KEY), "{shown}");
    }
}

#[tokio::test]
async fn silent_server_hits_the_attempt_timeout() {
    let server = Server::start(|_| Reply::Silence).await;
    let client = Client::builder()
        .credentials(credentials())
        .endpoint(&server.url)
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let e = client.call(GetCountryCodes {}).await.unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    let e = client.call(valid_request()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::OutcomeUnknown, "{e:?}");
}

#[tokio::test]
async fn whole_call_timeout_bounds_the_call() {
    let server = Server::start(|_| Reply::Silence).await;
    let client = Client::builder()
        .credentials(credentials())
        .endpoint(&server.url)
        .call_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let e = client.call(GetCountryCodes {}).await.unwrap_err();
    assert!(e.is_timeout() && e.message().contains("call timeout"), "{e:?}");
    // Well under the 30 s attempt timeout it replaces, with room for a loaded machine.
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
}

#[tokio::test]
async fn the_call_timeout_cuts_a_backoff_short() {
    let server = Server::start(|_| Reply::http(503, "text/html", b"busy")).await;
    let client = Client::builder()
        .credentials(credentials())
        .endpoint(&server.url)
        .backoff(Duration::from_secs(60), Duration::from_secs(60))
        .call_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let e = client.call(GetCountryCodes {}).await.unwrap_err();
    assert!(e.is_timeout() && e.message().contains("call timeout"), "{e:?}");
    // Well under the 60 s backoff it cuts short, with room for a loaded machine.
    assert!(started.elapsed() < Duration::from_secs(30), "{:?}", started.elapsed());
}

#[tokio::test]
async fn refused_connection_is_a_connect_error() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let client =
        Client::builder().credentials(credentials()).endpoint(format!("http://127.0.0.1:{port}")).build().unwrap();
    let e = client.call(valid_request()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Connect, "{e:?}");
    assert!(e.is_retryable());
}

#[test]
fn plain_http_to_a_remote_host_is_refused_at_build() {
    let e = Client::builder()
        .credentials(credentials())
        .endpoint("http://intlpartnersmgt.intl.tencentcloudapi.com")
        .build();
    assert_eq!(e.unwrap_err().kind(), ErrorKind::Config);
}
