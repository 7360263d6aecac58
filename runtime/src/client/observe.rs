//! What a client reports of every attempt, for metrics: see [`ClientBuilder::on_attempt`].
//!
//! [`ClientBuilder::on_attempt`]: super::ClientBuilder::on_attempt

use std::sync::Arc;
use std::time::Duration;

use crate::Error;

pub use super::retry::classify::RetryReason;

/// One attempt of a call, as the [`on_attempt`](super::ClientBuilder::on_attempt) hook sees
/// it once its outcome is known. These fields are stable; more may come.
#[derive(Debug)]
#[non_exhaustive]
pub struct AttemptInfo<'a> {
    /// Service of the call, e.g. `intlpartnersmgt`.
    pub service: &'a str,
    /// API version of the call.
    pub version: &'a str,
    /// Action of the call.
    pub action: &'a str,
    /// 1 for the first attempt of a call.
    pub attempt: u32,
    /// The HTTP status of the answer, when one came.
    pub status: Option<u16>,
    /// From sending the request to the end of its answer (or its failure).
    pub latency: Duration,
    /// The service's `RequestId`, when the answer carried one.
    pub request_id: Option<&'a str>,
    /// Why the attempt failed; `None` when it succeeded.
    pub error: Option<&'a Error>,
    /// Why the call goes on with another attempt; `None` when this attempt ended the call.
    pub retry: Option<RetryReason>,
}

/// The hook: called on the task making the call, so it should be quick (count, record,
/// send to a channel).
#[derive(Clone)]
pub(super) struct OnAttempt(pub(super) Arc<dyn Fn(&AttemptInfo<'_>) + Send + Sync>);

impl std::fmt::Debug for OnAttempt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OnAttempt")
    }
}
