//! What every request reads or changes, one per emulator behind an `Arc`: each concept is a
//! type of its own module that keeps its lock inside (the state's store, the faults in force,
//! the request log, rate limits, what was performed, scripts, issued keys), and the plain
//! values set at start.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use crate::cassette::{Cassette, Recorder};
use crate::clock::Clock;
use crate::envelope;
use crate::faults::InForce;
use crate::gateway::{Performed, RateLimits};
use crate::keys::Keys;
use crate::request_log::RequestLog;
use crate::scripts::Scripts;
use crate::state::Store;

#[derive(Debug)]
pub(crate) struct Shared {
    /// `http://` and the address served.
    pub(crate) url: String,
    pub(crate) keys: Keys,
    pub(crate) clock: Clock,
    pub(crate) seed: u64,
    /// The emulator's time when it started, by its clock.
    pub(crate) started_at: u64,
    pub(crate) state: Store,
    pub(crate) faults: InForce,
    pub(crate) log: RequestLog,
    pub(crate) rate_limits: RateLimits,
    /// Requests answered so far, numbering their request ids.
    pub(crate) requests: AtomicU64,
    /// Calls of spec-driven services performed, and answers kept for idempotency tokens.
    pub(crate) performed: Performed,
    /// Recorded answers, for the services they hold.
    pub(crate) cassette: Option<Cassette>,
    /// When recording: where calls go instead, and the cassette they are written to.
    pub(crate) recorder: Option<Recorder>,
    /// Scripted answers of spec-driven actions.
    pub(crate) scripts: Scripts,
}

/// Locks, and keeps going after a panic elsewhere: the data are plain values. Every lock of
/// the emulator is taken through this.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Shared {
    /// The emulator's time, fault offset included.
    pub(crate) fn now(&self) -> u64 {
        self.clock.now().saturating_add_signed(self.faults.clock_offset_secs())
    }

    /// The request id of the next request answered.
    pub(crate) fn next_request_id(&self) -> String {
        envelope::request_id(self.seed, self.requests.fetch_add(1, Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests;
