//! Raw signed requests, so tests control every header the client would otherwise get right.

#![allow(dead_code, unreachable_pub)]

use serde_json::Value;
use tc3_emulator::Emulator;

/// One request; tweak fields to break it.
pub struct Call {
    pub action: String,
    pub version: String,
    pub body: Vec<u8>,
    pub timestamp: u64,
    pub credentials: tc3::Credentials,
    /// Replaces the computed Authorization header.
    pub authorization: Option<String>,
    /// Sent instead of the signed body (the signature stays that of `body`).
    pub sent_body: Option<Vec<u8>>,
}

impl Call {
    pub fn new(emulator: &Emulator, action: &str, body: &str) -> Self {
        Call {
            action: action.into(),
            version: "2022-09-28".into(),
            body: body.as_bytes().to_vec(),
            timestamp: emulator.now(),
            credentials: emulator.credentials(),
            authorization: None,
            sent_body: None,
        }
    }

    /// Sends and returns (HTTP status, body as JSON).
    pub async fn send(self, emulator: &Emulator) -> (u16, Value) {
        let host = emulator.addr().to_string();
        let authorization = self.authorization.unwrap_or_else(|| {
            tc3::sign::authorization(
                &self.credentials,
                "intlpartnersmgt",
                &host,
                self.timestamp,
                "application/json",
                &self.body,
            )
        });
        let response = reqwest::Client::new()
            .post(emulator.url())
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .header("X-TC-Action", self.action)
            .header("X-TC-Version", self.version)
            .header("X-TC-Timestamp", self.timestamp.to_string())
            .body(self.sent_body.unwrap_or(self.body))
            .send()
            .await
            .expect("the emulator answers");
        let status = response.status().as_u16();
        (status, response.json().await.expect("a JSON answer"))
    }
}

/// The error code of an answer, or "OK".
pub fn code(answer: &Value) -> String {
    answer["Response"]["Error"]["Code"].as_str().unwrap_or("OK").to_owned()
}

/// Sends a valid call and returns the `Response` object.
pub async fn call(emulator: &Emulator, action: &str, body: &str) -> Value {
    let (_, answer) = Call::new(emulator, action, body).send(emulator).await;
    answer["Response"].clone()
}
