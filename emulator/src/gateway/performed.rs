//! Calls of the catalogue's services that were performed, counted by action, and the first
//! answer to each idempotency token (`ClientToken`), which a repeated call gets again
//! without being performed twice.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{Map, Value};

use crate::shared::lock;

/// An idempotency token as the emulator keeps it: (service, action, caller, token).
pub(crate) type TokenKey = (String, String, String, String);

/// What was performed, and the answers kept for idempotency tokens.
#[derive(Debug, Default)]
pub(crate) struct Performed {
    counts: Mutex<HashMap<(String, String), u64>>,
    answers: Mutex<HashMap<TokenKey, Map<String, Value>>>,
}

impl Performed {
    /// The answer given first to the call holding `token`, if any.
    pub(crate) fn first_answer(&self, token: &TokenKey) -> Option<Map<String, Value>> {
        lock(&self.answers).get(token).cloned()
    }

    /// Counts a call of `action` of `service` performed, its `answer` kept for its `token`.
    pub(crate) fn add(&self, service: &str, action: &str, token: Option<TokenKey>, answer: &Map<String, Value>) {
        *lock(&self.counts).entry((service.to_owned(), action.to_owned())).or_default() += 1;
        if let Some(token) = token {
            lock(&self.answers).insert(token, answer.clone());
        }
    }

    /// Calls of `action` of `service` performed so far.
    pub(crate) fn count(&self, service: &str, action: &str) -> u64 {
        lock(&self.counts).get(&(service.to_owned(), action.to_owned())).copied().unwrap_or(0)
    }
}
