//! Rate limits of the partner API: at most the documented number of calls of an action per
//! second and caller, counted in whole seconds of the emulator's clock.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::actions;
use crate::shared::lock;

/// Calls counted per (caller, action) in the current second, when limits are on.
#[derive(Debug)]
pub(crate) struct RateLimits {
    on: bool,
    /// (caller, action) -> (second, calls in that second).
    counts: Mutex<HashMap<(String, String), (u64, u32)>>,
}

impl RateLimits {
    /// Limits that apply when `on`.
    pub(crate) fn new(on: bool) -> Self {
        RateLimits { on, counts: Mutex::default() }
    }

    /// Counts a call of `action` by `caller` at second `now`; whether it is over the limit.
    pub(crate) fn over(&self, caller: &str, action: &str, now: u64) -> bool {
        if !self.on {
            return false;
        }
        let mut counts = lock(&self.counts);
        let slot = counts.entry((caller.to_owned(), action.to_owned())).or_insert((now, 0));
        if slot.0 != now {
            *slot = (now, 0);
        }
        slot.1 += 1;
        slot.1 > actions::rate_limit(action)
    }
}
