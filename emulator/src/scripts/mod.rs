//! Scripted answers: a test decides, call by call, what a spec-driven action answers ("PENDING
//! twice, then RUNNING"; "an error three times, then the answer"), so that waits and retries
//! are tested offline. Set from the library ([`Emulator::set_script`]) or over HTTP
//! (`POST /_emulator/scripts`, in `server::scripts`); `check` refuses what cannot be played,
//! `store` keeps the scripts and picks each call's step.
//!
//! A script is consulted once a call has passed every check a spec-driven call goes through
//! (signature, version, action, parameters), so a bad request is still refused; the
//! envelope and its `RequestId` stay the emulator's.

mod check;
mod merge;
mod store;
#[cfg(test)]
mod tests;

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Emulator;

pub(crate) use store::Scripts;

/// The answers of one action of a spec-driven service, a step at a time; built with
/// [`Script::new`] and [`Script::step`], or read from JSON:
///
/// ```json
/// {"service": "cvm", "action": "DescribeInstances", "when": {"InstanceIds": ["ins-1"]},
///  "steps": [{"answer": {"InstanceSet": [{"InstanceState": "PENDING"}]}, "times": 2},
///            {"answer": {"InstanceSet": [{"InstanceState": "RUNNING"}]}}]}
/// ```
///
/// Each call the script matches takes the next step; once every step has been taken as many
/// times as it says, the last step answers every later call. The service is any of the
/// catalogue but the partner API (which answers from its model) and STS's `AssumeRole` and
/// `AssumeRoleWithWebIdentity`; the action is one some version of the service has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    service: String,
    action: String,
    /// Parameters a call must send, each with exactly this value; empty: every call.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    when: Map<String, Value>,
    steps: Vec<Step>,
}

/// One step of a [`Script`]: an answer or an error, given to `times` calls in a row (1 by
/// default). As JSON, `{"answer": {...}, "times": 2}` or
/// `{"error": {"code": "RequestLimitExceeded", "message": "..."}}`.
///
/// An answer holds members of the action's response, merged over the answer the emulator
/// gives without a script (every member with the spec's example value): an object merges
/// member by member; a list replaces the spec's list, and each object in it is merged over
/// the spec's example item, so `{"InstanceSet": [{"InstanceState": "PENDING"}]}` is one
/// instance, with the spec's values but for its state; any other value (`null` included)
/// replaces the member. Members left out keep the spec's values; `{}` is the answer as
/// without a script. `RequestId` is the emulator's and cannot be scripted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    answer: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<ScriptedError>,
    #[serde(default = "one")]
    times: u32,
}

/// An error a step answers with, in the envelope's `Error`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScriptedError {
    code: String,
    #[serde(default = "default_message")]
    message: String,
}

fn one() -> u32 {
    1
}

fn default_message() -> String {
    "An error scripted in the emulator.".into()
}

impl Script {
    /// A script of `action` (`DescribeInstances`) of `service` (`cvm`), for every call of it
    /// (any version), with no step yet: add at least one with [`Script::step`].
    pub fn new(service: impl Into<String>, action: impl Into<String>) -> Self {
        Script { service: service.into(), action: action.into(), when: Map::new(), steps: Vec::new() }
    }

    /// Plays the script only for calls that send parameter `name` with exactly `value`
    /// (`when("InstanceIds", json!(["ins-1"]))`); repeat for more parameters, all of which
    /// must match. Where several scripts of an action match a call, the one with the most
    /// such parameters answers it, and of those the one set last.
    #[must_use]
    pub fn when(mut self, name: impl Into<String>, value: Value) -> Self {
        self.when.insert(name.into(), value);
        self
    }

    /// Adds `step` after the steps already there.
    #[must_use]
    pub fn step(mut self, step: Step) -> Self {
        self.steps.push(step);
        self
    }

    /// The service scripted.
    pub fn service(&self) -> &str {
        &self.service
    }

    /// The action scripted.
    pub fn action(&self) -> &str {
        &self.action
    }

    /// The steps, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }
}

impl Step {
    /// Answers with `members` (a JSON object) merged over the answer the spec gives; see
    /// [`Step`]. Once.
    pub fn answer(members: Value) -> Self {
        Step { answer: Some(members), error: None, times: 1 }
    }

    /// Refuses with `code` (`RequestLimitExceeded`, `ResourceNotFound.InstanceNotExist`) and
    /// `message`, in the envelope's `Error`. Once.
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Self {
        Step { answer: None, error: Some(ScriptedError { code: code.into(), message: message.into() }), times: 1 }
    }

    /// Gives this step to `times` calls in a row (at least 1). Default: 1.
    #[must_use]
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    /// How many calls in a row this step answers.
    pub fn count(&self) -> u32 {
        self.times
    }
}

/// How much of a script's `when` or of a step's answer or message the page shows: a page of
/// a list may be scripted, and the page lists every script.
const SHOWN_CHARS: usize = 500;

/// A script's `when` parameters or a step's answer as the page shows them: compact JSON,
/// every secret member `<redacted>` (before the cut), cut after [`SHOWN_CHARS`].
pub(crate) fn shown(value: &Value) -> String {
    let mut value = value.clone();
    crate::secrets::redact(&mut value);
    cut(value.to_string())
}

/// `text`'s first [`SHOWN_CHARS`] characters, saying how many more there were.
fn cut(text: String) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((end, _)) => format!("{}... ({} more characters)", &text[..end], text[end..].chars().count()),
        None => text,
    }
}

impl Script {
    /// The `when` parameters as the page shows them; empty for a script of every call.
    pub(crate) fn when_shown(&self) -> String {
        if self.when.is_empty() { String::new() } else { shown(&Value::Object(self.when.clone())) }
    }
}

impl Step {
    /// The step as the page shows it: `2 × answer {...}`, `error InternalError: ...`.
    pub(crate) fn shown(&self) -> String {
        let what = match (&self.answer, &self.error) {
            (Some(answer), _) => format!("answer {}", shown(answer)),
            (None, Some(error)) => cut(format!("error {}: {}", error.code, error.message)),
            (None, None) => String::new(),
        };
        if self.times == 1 { what } else { format!("{} × {what}", self.times) }
    }
}

/// A script as the emulator plays it: the script, and how many calls it has answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScriptStatus {
    /// The script as set.
    #[serde(flatten)]
    pub script: Script,
    /// Calls it has answered so far.
    pub answered: u64,
}

/// Why a script was refused; [`Display`](fmt::Display) names the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    message: String,
}

impl ScriptError {
    fn new(message: impl Into<String>) -> Self {
        ScriptError { message: message.into() }
    }
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ScriptError {}

impl Emulator {
    /// Plays `script` from now on: it replaces a script of the same service, action and
    /// [`when`](Script::when) parameters, and starts at its first step. Refused when the
    /// service or action is not one the emulator answers from the spec, a step has neither
    /// an answer nor an error (or both), an answer is not an object of the response's
    /// members, a `times` is 0, or a `when` parameter is not one the action takes.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use serde_json::json;
    /// use tc3_emulator::{Emulator, Script, Step};
    ///
    /// let emulator = Emulator::start().await?;
    /// emulator.set_script(
    ///     Script::new("cvm", "DescribeInstances")
    ///         .step(Step::error("RequestLimitExceeded", "slow down").times(3))
    ///         .step(Step::answer(json!({"InstanceSet": [{"InstanceState": "PENDING"}]})).times(2))
    ///         .step(Step::answer(json!({"InstanceSet": [{"InstanceState": "RUNNING"}]}))),
    /// )?;
    /// # Ok(()) }
    /// ```
    pub fn set_script(&self, script: Script) -> Result<(), ScriptError> {
        self.shared.scripts.set(script)
    }

    /// The scripts played now, in the order they were set, each with how many calls it
    /// answered.
    pub fn scripts(&self) -> Vec<ScriptStatus> {
        self.shared.scripts.statuses()
    }

    /// Removes every script: each action answers as the spec says again.
    pub fn clear_scripts(&self) {
        self.shared.scripts.clear();
    }
}
