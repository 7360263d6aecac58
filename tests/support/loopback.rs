//! The scripted server of `tc3-test-support` as a partner API: each call signed with the
//! loopback key pair is answered with a canned envelope, and its JSON body is kept.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use serde_json::{Value, json};
use tc3_test_support::{Received, Reply, Server};

pub(crate) use tc3_test_support::Gate;

pub(crate) struct Loopback {
    server: Server,
}

/// The envelope answering `request`: `{"Response": answer(action, body)}` when it is signed
/// with the loopback key pair, an authentication error otherwise.
fn reply(request: &Received, answer: &(impl Fn(&str, &Value) -> Value + Send + Sync)) -> Reply {
    let header = |name: &str| request.headers.get(name).map_or("", String::as_str);
    let signed = header("authorization").starts_with("TC3-HMAC-SHA256 Credential=AKIDloopback/");
    let response = if signed {
        answer(header("x-tc-action"), &body_of(request))
    } else {
        json!({"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "unsigned"}, "RequestId": "x"})
    };
    Reply::json(&json!({ "Response": response }).to_string())
}

fn body_of(request: &Received) -> Value {
    serde_json::from_slice(&request.body).unwrap_or(Value::Null)
}

impl Loopback {
    /// Answers every signed request with `{"Response": answer(action, body)}`.
    pub(crate) async fn start(answer: impl Fn(&str, &Value) -> Value + Send + Sync + 'static) -> Loopback {
        Loopback { server: Server::start(move |request| reply(request, &answer)).await }
    }

    /// As [`Loopback::start`], but each answer waits for [`Gate::release`].
    pub(crate) async fn gated(answer: impl Fn(&str, &Value) -> Value + Send + Sync + 'static) -> (Loopback, Gate) {
        let (server, gate) = Server::gated(move |request| reply(request, &answer)).await;
        (Loopback { server }, gate)
    }

    /// `http://127.0.0.1:PORT`.
    pub(crate) fn url(&self) -> &str {
        &self.server.url
    }

    /// How many connections reached the server before now.
    pub(crate) async fn connections_so_far(&self) -> usize {
        self.server.connections_so_far().await
    }

    /// The JSON bodies received, in order.
    pub(crate) fn bodies(&self) -> Vec<Value> {
        self.server.requests().iter().map(body_of).collect()
    }

    pub(crate) fn client(&self) -> tc3::Client {
        tc3::Client::builder()
            .credentials(tc3::Credentials::new("AKIDloopback", "secret"))
            .endpoint(self.url())
            .build()
            .unwrap()
    }
}
