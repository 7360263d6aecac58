//! Recording: each call is sent on to the real service (signed there with the user's own
//! key), its answer passed back as it came and written to the cassette, secrets redacted.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{Map, Value};

use super::{Answer, Call, Recording};
use crate::envelope::ApiError;
use crate::shared::lock;

/// Where calls go, and the file they are recorded in.
#[derive(Debug)]
pub(crate) struct Recorder {
    upstream: tc3::Client,
    path: PathBuf,
    /// Appended to, one line per call; written whole under the lock.
    file: Mutex<std::fs::File>,
}

impl Recorder {
    /// Opens (creating, or appending to) the cassette at `path`.
    pub(crate) fn open(path: &Path, upstream: tc3::Client) -> std::io::Result<Self> {
        let file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Recorder { upstream, path: path.to_owned(), file: Mutex::new(file) })
    }

    /// Sends `call` upstream, records the service's answer or error and returns it, the
    /// service's request id in `request_id` (for an error: an answer holds its own); a call
    /// the service did not answer (no connection, a timeout) fails with
    /// `_emulator.UpstreamFailed` and is not recorded. A cassette that cannot be written
    /// to is reported on stderr; the answer still goes back, as the call was performed.
    pub(crate) async fn forward(
        &self,
        call: Call<'_>,
        request_id: &mut Option<String>,
    ) -> Result<Map<String, Value>, ApiError> {
        let mut options = tc3::CallOptions::new();
        if let Some(region) = call.region {
            options = options.region(region);
        }
        let answer =
            self.upstream.call_json_with(call.service, call.version, call.action, call.params.clone(), &options).await;
        let (recorded, upstream_id, outcome) = match answer {
            Ok(Value::Object(mut members)) => {
                let request_id = members.get("RequestId").and_then(Value::as_str).map(str::to_owned);
                let passed_on = members.clone();
                members.remove("RequestId");
                (Answer::Response(members), request_id, Ok(passed_on))
            }
            Ok(other) => return Err(upstream_failed(call, &format!("the answer is not an object: {other}"))),
            Err(e) => match (e.kind(), e.code()) {
                (tc3::ErrorKind::Service, Some(code)) => {
                    let answer = Answer::Error { code: code.to_owned(), message: e.message().to_owned() };
                    let refusal = ApiError::new(code.to_owned(), e.message().to_owned());
                    (answer, e.request_id().map(str::to_owned), Err(refusal))
                }
                _ => return Err(upstream_failed(call, &e.to_string())),
            },
        };
        request_id.clone_from(&upstream_id);
        let mut line = serde_json::to_string(&Recording::new(call, recorded, upstream_id)).unwrap_or_default();
        line.push('\n');
        // The call was performed upstream: its answer goes back whether or not it is kept.
        if let Err(e) = lock(&self.file).write_all(line.as_bytes()) {
            eprintln!(
                "tc3-emulator: {} {} could not be recorded in {}: {e}",
                call.service,
                call.action,
                self.path.display()
            );
        }
        outcome
    }
}

fn upstream_failed(call: Call<'_>, why: &str) -> ApiError {
    ApiError::new("_emulator.UpstreamFailed", format!("{} {} got no answer upstream: {why}", call.service, call.action))
}
