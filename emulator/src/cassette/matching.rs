//! Which recording answers a call, and how the closest one differs when none does.

use serde_json::Value;

use super::{Call, Entry, Recording};

/// Parameters as they are compared: secret members redacted (a cassette holds none of
/// their values) and `ClientToken` left out (clients make a new one per call).
pub(super) fn comparable(params: &Value) -> Value {
    let mut params = params.clone();
    if let Value::Object(members) = &mut params {
        members.remove("ClientToken");
    }
    crate::secrets::redact(&mut params);
    params
}

/// How far a recording is from a call: another action counts most, then another
/// version, then each differing parameter.
fn distance(recording: &Recording, call: Call<'_>, differences: usize) -> usize {
    usize::from(recording.action != call.action) * 10_000
        + usize::from(recording.version != call.version) * 1_000
        + differences
}

/// The recording of the call's service nearest to it: (its line, the recording, where the
/// parameters differ); the earliest of equally near ones.
pub(super) fn closest<'a>(
    entries: &'a [Entry],
    call: Call<'_>,
    sent: &Value,
) -> Option<(usize, &'a Recording, Vec<String>)> {
    entries
        .iter()
        .filter(|e| e.recording.service == call.service)
        .map(|e| {
            let mut found = Vec::new();
            differences("", &e.params, sent, &mut found);
            (e.line, &e.recording, found)
        })
        .min_by_key(|(line, r, found)| (distance(r, call, found.len()), *line))
}

/// The paths where `recorded` and `sent` differ (`Limit`, `Filters[0].Values`), each with
/// both values when both have one.
fn differences(path: &str, recorded: &Value, sent: &Value, found: &mut Vec<String>) {
    match (recorded, sent) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))).collect();
            keys.sort();
            for key in keys {
                let inner = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => differences(&inner, x, y, found),
                    (Some(x), None) => found.push(format!("{inner} (recorded {}, not sent)", shown(x))),
                    (None, Some(y)) => found.push(format!("{inner} (not recorded, sent {})", shown(y))),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(&format!("{path}[{i}]"), x, y, found);
            }
        }
        (a, b) if a != b => found.push(format!("{path} (recorded {}, sent {})", shown(a), shown(b))),
        _ => {}
    }
}

/// A value in a message: its JSON, cut short.
fn shown(value: &Value) -> String {
    const MOST: usize = 40;
    let text = value.to_string();
    match text.char_indices().nth(MOST) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text,
    }
}
