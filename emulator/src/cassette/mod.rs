//! Cassettes: answers of the real service, recorded once and replayed offline.
//!
//! A cassette is a JSON Lines file, one call per line: `service`, `version`, `action`,
//! `region` (when sent), `params` as sent, then either `response` (the `Response` object
//! without its `RequestId`) or `error` (`code` and `message`), and the real `requestId`
//! for reference. Every secret member of the parameters and of the answer is written as
//! `<redacted>`; keys, signatures and tokens of the request are never read into it.

mod matching;
mod recorder;

use std::io::BufRead;
use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::envelope::ApiError;
use crate::shared::lock;

pub(crate) use recorder::Recorder;

/// One recorded call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Recording {
    pub(crate) service: String,
    pub(crate) version: String,
    pub(crate) action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) region: Option<String>,
    pub(crate) params: Value,
    #[serde(flatten)]
    pub(crate) answer: Answer,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) request_id: Option<String>,
}

/// What the service answered: the members of `Response`, or its error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) enum Answer {
    Response(Map<String, Value>),
    Error { code: String, message: String },
}

impl Recording {
    /// The recording of `call` answered with `answer`, its secrets redacted.
    pub(crate) fn new(call: Call<'_>, mut answer: Answer, request_id: Option<String>) -> Self {
        let mut params = call.params.clone();
        crate::secrets::redact(&mut params);
        if let Answer::Response(members) = &mut answer {
            crate::secrets::redact_members(members);
        }
        Recording {
            service: call.service.to_owned(),
            version: call.version.to_owned(),
            action: call.action.to_owned(),
            region: call.region.map(str::to_owned),
            params,
            answer,
            request_id,
        }
    }
}

/// A call as a cassette knows it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Call<'a> {
    pub(crate) service: &'a str,
    pub(crate) version: &'a str,
    pub(crate) action: &'a str,
    pub(crate) region: Option<&'a str>,
    pub(crate) params: &'a Value,
}

/// Recorded calls the emulator answers from; see [`Builder::replay`](crate::Builder::replay).
///
/// A cassette answers every call of the services it holds recordings of (the others are
/// answered as without it): a call matches a recording of the same service, version and
/// action with the same parameters, ignoring `ClientToken` and the values of secret members
/// (they are not in the file). Matching recordings answer in the order they were recorded,
/// the last one again once all have answered, so a call polled until something changes
/// replays as it happened. A call that matches none fails with `_emulator.NoRecording`,
/// naming the closest recording and how it differs.
#[derive(Debug)]
pub struct Cassette {
    name: String,
    entries: Vec<Entry>,
    /// Which recordings have answered.
    used: Mutex<Vec<bool>>,
}

/// A recording as the cassette matches it.
#[derive(Debug)]
struct Entry {
    /// Its line in the file, for messages.
    line: usize,
    recording: Recording,
    /// Its parameters as they are compared ([`matching::comparable`]), worked out once.
    params: Value,
}

impl Cassette {
    /// Reads the cassette at `path`; a line that is not a recording fails with its number.
    pub fn load(path: impl AsRef<Path>) -> std::io::Result<Cassette> {
        let path = path.as_ref();
        let file = std::io::BufReader::new(std::fs::File::open(path)?);
        let mut recordings = Vec::new();
        for (n, line) in file.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let recording = serde_json::from_str(&line).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("{} line {}: not a recorded call: {e}", path.display(), n + 1),
                )
            })?;
            recordings.push((n + 1, recording));
        }
        Ok(Cassette::new(path.display().to_string(), recordings))
    }

    /// A cassette of (line, recording) pairs.
    fn new(name: String, recordings: Vec<(usize, Recording)>) -> Self {
        let used = Mutex::new(vec![false; recordings.len()]);
        let entries = recordings
            .into_iter()
            .map(|(line, recording)| Entry { line, params: matching::comparable(&recording.params), recording })
            .collect();
        Cassette { name, entries, used }
    }

    /// How many calls the cassette holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the cassette holds no call.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether the cassette holds a call of `service`, and so answers that service.
    pub(crate) fn has_service(&self, service: &str) -> bool {
        self.entries.iter().any(|e| e.recording.service == service)
    }

    /// The recorded answer to `call`.
    pub(crate) fn answer(&self, call: Call<'_>) -> Result<Map<String, Value>, ApiError> {
        let sent = matching::comparable(call.params);
        let matches: Vec<usize> = (0..self.entries.len())
            .filter(|&i| {
                let (r, params) = (&self.entries[i].recording, &self.entries[i].params);
                r.service == call.service && r.version == call.version && r.action == call.action && *params == sent
            })
            .collect();
        let Some(&last) = matches.last() else {
            return Err(self.no_recording(call, &sent));
        };
        let mut used = lock(&self.used);
        let index = matches.iter().copied().find(|&i| !used[i]).unwrap_or(last);
        used[index] = true;
        drop(used);
        match &self.entries[index].recording.answer {
            Answer::Response(members) => Ok(members.clone()),
            Answer::Error { code, message } => Err(ApiError::new(code.clone(), message.clone())),
        }
    }

    fn no_recording(&self, call: Call<'_>, sent: &Value) -> ApiError {
        let what = |service: &str, action: &str, version: &str| format!("{service} {action} (version {version})");
        let mut message = format!(
            "No call recorded in {} matches {} with these parameters.",
            self.name,
            what(call.service, call.action, call.version)
        );
        if let Some((line, recording, differences)) = matching::closest(&self.entries, call, sent) {
            message.push_str(&format!(
                " The closest is line {line}: {}",
                what(&recording.service, &recording.action, &recording.version)
            ));
            if differences.is_empty() {
                message.push('.');
            } else {
                message.push_str(&format!(", whose parameters differ at {}.", differences.join(", ")));
            }
        }
        ApiError::new("_emulator.NoRecording", message)
    }
}

#[cfg(test)]
mod tests;
