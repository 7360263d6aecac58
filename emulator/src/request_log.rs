//! The requests the page lists: the most recent [`LOG_LEN`], oldest first.

use std::collections::VecDeque;
use std::sync::Mutex;

use bytes::Bytes;

use crate::shared::lock;

/// Requests the page remembers.
const LOG_LEN: usize = 200;

/// One request as the page lists it.
#[derive(Debug, Clone)]
pub(crate) struct LogEntry {
    pub(crate) at: u64,
    /// The service the call was routed to: `intlpartnersmgt`, `cvm`.
    pub(crate) service: String,
    pub(crate) action: String,
    pub(crate) caller: String,
    /// `OK` or the error code.
    pub(crate) outcome: String,
    pub(crate) latency_us: u64,
    /// The parameters as sent (JSON body, or query string or form), as [`crate::page::kept`] keeps them.
    pub(crate) request: Bytes,
    /// The answer's body, as [`crate::page::kept`] keeps it.
    pub(crate) answer: Bytes,
}

/// The last [`LOG_LEN`] requests.
#[derive(Debug, Default)]
pub(crate) struct RequestLog(Mutex<VecDeque<LogEntry>>);

impl RequestLog {
    /// Adds `entry`, forgetting the oldest once [`LOG_LEN`] are kept.
    pub(crate) fn push(&self, entry: LogEntry) {
        let mut log = lock(&self.0);
        if log.len() == LOG_LEN {
            log.pop_front();
        }
        log.push_back(entry);
    }

    /// Copies of the entries `keeps` keeps, oldest first.
    pub(crate) fn matching(&self, keeps: impl Fn(&LogEntry) -> bool) -> Vec<LogEntry> {
        lock(&self.0).iter().filter(|e| keeps(e)).cloned().collect()
    }
}
