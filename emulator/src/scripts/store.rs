//! The scripts an emulator plays, and which step answers a call.

use std::sync::Mutex;

use serde_json::{Map, Value};

use super::check::check;
use super::merge::merge;
use super::{Script, ScriptError, ScriptStatus, Step};
use crate::envelope::ApiError;
use crate::shared::lock;

/// Scripts an emulator holds at most: each is small, but whatever can set them is unchecked.
pub(crate) const MAX_SCRIPTS: usize = 1000;

/// Every script set, in the order set, with the calls each has answered; one lock for all,
/// so that a call plays the script set last before it.
#[derive(Debug, Default)]
pub(crate) struct Scripts {
    entries: Mutex<Vec<ScriptStatus>>,
}

impl Scripts {
    /// Checks `script` and plays it from its first step, in place of a script of the same
    /// service, action and `when`.
    pub(crate) fn set(&self, script: Script) -> Result<(), ScriptError> {
        check(&script)?;
        let mut entries = lock(&self.entries);
        let same = |e: &ScriptStatus| {
            let s = &e.script;
            s.service == script.service && s.action == script.action && s.when == script.when
        };
        match entries.iter().position(same) {
            Some(i) => {
                entries.remove(i);
            }
            None if entries.len() >= MAX_SCRIPTS => {
                return Err(ScriptError::new(format!(
                    "the emulator holds {MAX_SCRIPTS} scripts already; clear some first"
                )));
            }
            None => {}
        }
        entries.push(ScriptStatus { script, answered: 0 });
        Ok(())
    }

    /// The scripts, in the order set.
    pub(crate) fn statuses(&self) -> Vec<ScriptStatus> {
        lock(&self.entries).clone()
    }

    /// Removes every script; how many there were.
    pub(crate) fn clear(&self) -> usize {
        std::mem::take(&mut *lock(&self.entries)).len()
    }

    /// Plays the next step of the script that answers a call of `action` of `service` with
    /// `params` (checked and normalized), if one matches: an error step refuses the call, an
    /// answer step is merged over `answer`, the spec's answer.
    pub(crate) fn play(
        &self,
        service: &str,
        action: &str,
        params: &Value,
        answer: &mut Map<String, Value>,
    ) -> Result<(), ApiError> {
        let matches = |s: &Script| {
            s.service == service
                && s.action == action
                && s.when.iter().all(|(name, value)| params.get(name).is_some_and(|sent| sent == value))
        };
        // The most parameters matched wins, then the script set last.
        let mut entries = lock(&self.entries);
        let chosen = entries.iter_mut().enumerate().filter(|(_, e)| matches(&e.script));
        let Some((_, entry)) = chosen.max_by_key(|(i, e)| (e.script.when.len(), *i)) else { return Ok(()) };
        let Some(step) = step_for(&entry.script.steps, entry.answered) else { return Ok(()) };
        entry.answered = entry.answered.saturating_add(1);
        if let Some(error) = &step.error {
            return Err(ApiError::new(error.code.clone(), error.message.clone()));
        }
        if let Some(patch) = &step.answer {
            let mut whole = Value::Object(std::mem::take(answer));
            merge(&mut whole, patch);
            if let Value::Object(merged) = whole {
                *answer = merged;
            }
        }
        Ok(())
    }
}

/// The step that answers a script's call number `call` (from 0): each step for its `times`
/// calls in turn, then the last one for good. `None` only for a script without steps, which
/// [`check`] refuses.
pub(super) fn step_for(steps: &[Step], call: u64) -> Option<&Step> {
    let mut left = call;
    for step in steps {
        match left.checked_sub(u64::from(step.times)) {
            Some(rest) => left = rest,
            None => return Some(step),
        }
    }
    steps.last()
}
