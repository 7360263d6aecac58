//! What every request reads or changes: keys, clock, state, faults, the page's log, rate
//! limits, the cassette or recorder, and scripts; one per emulator, behind an `Arc`.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, MutexGuard};

use serde_json::{Map, Value};

use crate::cassette::{Cassette, Recorder};
use crate::clock::Clock;
use crate::faults::Faults;
use crate::page::LogEntry;
use crate::scripts::Scripts;
use crate::state::State;
use crate::state::random::Rng;
use crate::verify::Keys;

#[derive(Debug)]
pub(crate) struct Shared {
    /// `http://` and the address served.
    pub(crate) url: String,
    pub(crate) keys: Keys,
    pub(crate) clock: Clock,
    pub(crate) seed: u64,
    pub(crate) state_path: Option<PathBuf>,
    pub(crate) started_at: u64,
    pub(crate) state: Mutex<State>,
    pub(crate) faults: Mutex<(Faults, Rng)>,
    pub(crate) log: Mutex<VecDeque<LogEntry>>,
    /// (caller, action) -> (second, requests in that second).
    pub(crate) limits: Mutex<HashMap<(String, String), (u64, u32)>>,
    pub(crate) requests: AtomicU64,
    pub(crate) rate_limits: bool,
    /// Calls of spec-driven services performed, by (service, action).
    pub(crate) performed: Mutex<HashMap<(String, String), u64>>,
    /// The first answer to each idempotency token.
    pub(crate) answers: Mutex<HashMap<TokenKey, Map<String, Value>>>,
    /// Recorded answers, for the services they hold.
    pub(crate) cassette: Option<Cassette>,
    /// When recording: where calls go instead, and the cassette they are written to.
    pub(crate) recorder: Option<Recorder>,
    /// Scripted answers of spec-driven actions.
    pub(crate) scripts: Mutex<Scripts>,
}

/// An idempotency token as the emulator keeps it: (service, action, caller, token).
pub(crate) type TokenKey = (String, String, String, String);

/// Locks, and keeps going after a panic elsewhere: the data are plain values.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Shared {
    /// The emulator's time, fault offset included.
    pub(crate) fn now(&self) -> u64 {
        let offset = lock(&self.faults).0.clock_offset_secs;
        self.clock.now().saturating_add_signed(offset)
    }

    /// Saves the state to its file, if it has one, after a change made under `state` (the
    /// guard of [`Shared::state`]): a snapshot is taken under the lock, which is released
    /// before the snapshot is serialized and written, so other calls go on meanwhile.
    pub(crate) fn save_state(&self, mut state: MutexGuard<'_, State>) -> std::io::Result<()> {
        let Some(path) = &self.state_path else { return Ok(()) };
        let snapshot = state.snapshot();
        drop(state);
        let cannot = |e: std::io::Error| {
            std::io::Error::new(e.kind(), format!("could not save state to {}: {e}", path.display()))
        };
        snapshot.save(path).map_err(cannot)
    }
}

#[cfg(test)]
mod tests;
