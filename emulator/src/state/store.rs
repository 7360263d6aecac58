//! The state as an emulator holds it: behind one lock, and saved to its file (if it has one)
//! after each change, outside that lock.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use super::State;
use crate::shared::lock;

/// The state and the file it is saved to.
#[derive(Debug)]
pub(crate) struct Store {
    state: Mutex<State>,
    path: Option<PathBuf>,
}

impl Store {
    pub(crate) fn new(state: State, path: Option<PathBuf>) -> Self {
        Store { state: Mutex::new(state), path }
    }

    /// The state, locked.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// Whether `uin` is a customer now.
    pub(crate) fn is_customer(&self, uin: u64) -> bool {
        self.lock().customers.iter().any(|c| c.uin == uin)
    }

    /// Saves the state to its file, if it has one, after a change made under `state` (the
    /// guard of [`Store::lock`]): a snapshot is taken under the lock, which is released
    /// before the snapshot is serialized and written, so other calls go on meanwhile.
    pub(crate) fn save(&self, mut state: MutexGuard<'_, State>) -> std::io::Result<()> {
        let Some(path) = &self.path else { return Ok(()) };
        let snapshot = state.snapshot();
        drop(state);
        let cannot = |e: std::io::Error| {
            std::io::Error::new(e.kind(), format!("could not save state to {}: {e}", path.display()))
        };
        snapshot.save(path).map_err(cannot)
    }
}
