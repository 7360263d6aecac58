//! Secrets never reach tracing output, errors or Debug, whatever the call's outcome; spans
//! still say which action, which attempt and which request id.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::support::actions::{GetCountryCodes, SendVerifyCode};
use crate::support::{Reply, Server};
use tc3_runtime::{Client, Credentials};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const SECRET_KEY: &str = "SECRETKEY-never-shown-0123456789";
const TOKEN: &str = "SESSIONTOKEN-never-shown-abcdef";

/// Writes every span, field and event it sees, at every level, into one text.
#[derive(Clone, Default)]
struct Capture {
    text: Arc<Mutex<String>>,
    next_id: Arc<AtomicU64>,
}

struct Writer<'a>(&'a mut String);

impl Visit for Writer<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut text = self.text.lock().unwrap();
        let _ = write!(text, "\nspan {}", span.metadata().name());
        span.record(&mut Writer(&mut text));
        Id::from_u64(self.next_id.fetch_add(1, Ordering::Relaxed) + 1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        values.record(&mut Writer(&mut self.text.lock().unwrap()));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut text = self.text.lock().unwrap();
        text.push_str("\nevent");
        event.record(&mut Writer(&mut text));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

/// A client of `server` with the secret key and token the assertions look for, one attempt a call.
fn client_of(server: &Server) -> Client {
    Client::builder()
        .credentials(Credentials::new("AKIDpublicid", SECRET_KEY).with_token(TOKEN))
        .endpoint(&server.url)
        .max_attempts(1)
        .build()
        .unwrap()
}

#[test]
fn a_whole_flow_of_outcomes_leaves_no_secret_in_traces_or_errors() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut shown = String::new();
    let authorizations = runtime.block_on(async {
        let replies = [
            Reply::json(r#"{"Response":{"Data":[],"RequestId":"rid-success"}}"#),
            Reply::json(r#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"no"},"RequestId":"rid-error"}}"#),
            Reply::http(500, "text/html", b"<h1>oops</h1>"),
            Reply::Raw(Vec::new()),
        ];
        let replies = Arc::new(Mutex::new(replies.into_iter()));
        let server = Server::start(move |_| replies.lock().unwrap().next().unwrap_or(Reply::Raw(Vec::new()))).await;
        let client = client_of(&server);
        let _ = write!(shown, "{client:?}");
        client.call(GetCountryCodes {}).await.unwrap();
        for _ in 0..3 {
            let e = client.call(GetCountryCodes {}).await.unwrap_err();
            let _ = write!(shown, "{e} {e:?}");
        }
        let e = client.call(SendVerifyCode { country_code: "86".into(), phone_num: "1".into() }).await.unwrap_err();
        let _ = write!(shown, "{e} {e:?}");
        server.requests().into_iter().map(|r| r.headers["authorization"].clone()).collect::<Vec<_>>()
    });
    let traces = capture.text.lock().unwrap().clone();
    let signatures: Vec<&str> = authorizations.iter().map(|a| a.rsplit('=').next().unwrap()).collect();
    assert_eq!(signatures.len(), 4);
    for output in [&traces, &shown] {
        for secret in [SECRET_KEY, TOKEN].iter().chain(&signatures) {
            assert!(!output.contains(secret), "a secret leaked into:\n{output}");
        }
    }
    for expected in [
        "span tc3.call",
        "action=\"GetCountryCodes\"",
        "span tc3.attempt attempt=1",
        "rid-success",
        "rid-error",
        "latency_ms",
    ] {
        assert!(traces.contains(expected), "traces lack {expected}:\n{traces}");
    }
}

/// A server that echoes the request's Authorization value, its signature and the token into
/// its error (as a misconfigured proxy or a debugging gateway may) and pads it to 20 MB: the
/// error and the traces show none of them, and the error stays short.
#[test]
fn a_server_echoing_secrets_into_its_error_gets_them_blanked_and_cut() {
    // Traced too: a thread without a subscriber would race the other test for the callsites'
    // cached interest.
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (e, authorization) = runtime.block_on(async {
        let server = Server::start(|request| {
            let authorization = &request.headers["authorization"];
            let signature = authorization.rsplit('=').next().unwrap();
            let token = &request.headers["x-tc-token"];
            let message = format!("auth [{authorization}] sig [{signature}] token [{token}] {}", "x".repeat(20 << 20));
            let body = serde_json::json!({"Response": {
                "Error": {"Code": format!("AuthFailure.{signature}"), "Message": message},
                "RequestId": format!("rid-{token}"),
            }});
            Reply::json(&body.to_string())
        })
        .await;
        let client = client_of(&server);
        let e = client.call(GetCountryCodes {}).await.unwrap_err();
        (e, server.requests()[0].headers["authorization"].clone())
    });
    let shown = format!("{e} {e:?}");
    let traces = capture.text.lock().unwrap().clone();
    let signature = authorization.rsplit('=').next().unwrap().to_owned();
    for output in [&shown, &traces] {
        for secret in [&authorization, &signature, TOKEN] {
            assert!(!output.contains(secret), "{secret} leaked into {:.400}", output);
        }
    }
    assert!(e.message().starts_with("auth [***] sig [***] token [***] xxx"), "{:.200}", e.message());
    assert_eq!((e.code(), e.request_id()), (Some("AuthFailure.***"), Some("rid-***")));
    assert!(shown.len() < 4096, "a 20 MB message made a {} byte error", shown.len());
}
