//! Streamed answers: a call of an action of the reviewed list `codegen/streaming-actions.txt`
//! (read through tc3-codegen, the one place it is kept) that asks for a stream is answered
//! with server-sent events rather than one envelope. Each event's data holds the members of
//! the action's response, as the spec-driven answer has them: a chat's `Delta` text comes a
//! piece an event, and a `FinishReason` is empty until the last event, as hunyuan's documented
//! streams end; lkeap's chat then sends `data: [DONE]`, as its documented stream does. The HTTP
//! side (`server::events`) sends them.

use bytes::Bytes;
use serde_json::{Map, Value};
use tc3_codegen::streaming;

use super::{ApiCall, params_of};
use crate::catalogue;
use crate::shared::Shared;

/// Events in a streamed answer.
pub(crate) const EVENTS: usize = 4;

/// The events a streamed call is answered with, before they take the wire form.
#[derive(Debug)]
pub(super) struct Planned {
    data: Vec<Value>,
    /// Whether `data: [DONE]` follows them.
    ended_by_done: bool,
}

/// A streamed answer, ready to send: its request id (the `X-TC-RequestId` header: events
/// carry none) and its events in the wire form, `data: {...}\n\n`, one frame each.
#[derive(Debug)]
pub(crate) struct Events {
    pub(crate) request_id: String,
    pub(crate) frames: Vec<Bytes>,
}

impl Events {
    /// The events `planned`, one frame each.
    pub(super) fn new(request_id: &str, planned: Planned) -> Events {
        let frame = |value: &Value| {
            // A JSON text holds no raw line break, so each event is one `data:` line.
            let json = serde_json::to_string(value).unwrap_or_default();
            Bytes::from(format!("data: {json}\n\n"))
        };
        let mut frames: Vec<Bytes> = planned.data.iter().map(frame).collect();
        if planned.ended_by_done {
            frames.push(Bytes::from_static(b"data: [DONE]\n\n"));
        }
        Events { request_id: request_id.to_owned(), frames }
    }
}

/// The events answering `call` with `answer`, when the call is to be streamed: an action of
/// the list, not sent on to the real service, whose request asks for a stream (`Stream: true`,
/// or left out where [`streaming::STREAM_BY_DEFAULT`] says) when it has that member; otherwise the real
/// services answer one envelope, and so does the emulator.
pub(super) fn events_for(shared: &Shared, call: &ApiCall<'_>, answer: &Map<String, Value>) -> Option<Planned> {
    let version = call.version?;
    if shared.recorder.is_some() || !streaming::is_streaming(call.service, version, call.action) {
        return None;
    }
    let asks_for_stream = match catalogue::version(call.service, version) {
        Some(spec) if spec.member_names(&format!("{}Request", call.action)).any(|m| m == "Stream") => {
            let params = params_of(call).ok()?;
            // Lenient, as the parameters' checks are: `"true"` is true.
            match params.get("Stream") {
                Some(Value::Bool(stream)) => *stream,
                Some(Value::String(stream)) => stream.eq_ignore_ascii_case("true"),
                _ => streaming::STREAM_BY_DEFAULT.contains(&(call.service, call.action)),
            }
        }
        _ => true,
    };
    let ended_by_done = streaming::ENDED_BY_DONE.contains(&(call.service, call.action));
    asks_for_stream.then(|| Planned { data: split(answer, EVENTS), ended_by_done })
}

/// `answer` as `count` events' data.
fn split(answer: &Map<String, Value>, count: usize) -> Vec<Value> {
    let mut answer = answer.clone();
    answer.remove("RequestId");
    let answer = Value::Object(answer);
    (0..count).map(|i| piece(&answer, Part { index: i, count }, false)).collect()
}

/// Which event of how many a piece is for.
#[derive(Debug, Clone, Copy)]
struct Part {
    index: usize,
    count: usize,
}

/// Event `part`'s share of `value`: a text member of a `Delta` (`Content`, `ReasoningContent`)
/// split in `part.count` pieces, so that the events' pieces add up to it; a `FinishReason`
/// empty but in the last event; a `Message` beside a `Delta` left out (the documented streams
/// carry the delta alone); anything else whole.
fn piece(value: &Value, part: Part, in_delta: bool) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(name, _)| !(*name == "Message" && members.contains_key("Delta")))
                .map(|(name, member)| {
                    let member = match member {
                        Value::String(_) if name == "FinishReason" && part.index + 1 < part.count => {
                            Value::String(String::new())
                        }
                        Value::String(text) if in_delta && name.ends_with("Content") => {
                            Value::String(share(text, part))
                        }
                        _ => piece(member, part, in_delta || name == "Delta"),
                    };
                    (name.clone(), member)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|item| piece(item, part, in_delta)).collect()),
        other => other.clone(),
    }
}

/// Piece `part.index` of `text` cut in `part.count` runs of characters as even as can be.
fn share(text: &str, part: Part) -> String {
    let chars = text.chars().count();
    let bound = |i: usize| chars * i / part.count;
    text.chars().skip(bound(part.index)).take(bound(part.index + 1) - bound(part.index)).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn answer() -> Map<String, Value> {
        let value = json!({
            "Id": "9c772634",
            "Choices": [{
                "FinishReason": "stop",
                "Delta": {"Role": "assistant", "Content": "你好！请问有什么"},
                "Message": {"Role": "assistant", "Content": "你好！请问有什么"},
            }],
            "Usage": {"TotalTokens": 5},
            "RequestId": "not in events",
        });
        value.as_object().cloned().unwrap()
    }

    #[test]
    fn a_delta_comes_a_piece_an_event_and_the_last_event_finishes() {
        let events = split(&answer(), 3);
        assert_eq!(events.len(), 3);
        let content: String = events.iter().map(|e| e["Choices"][0]["Delta"]["Content"].as_str().unwrap()).collect();
        assert_eq!(content, "你好！请问有什么");
        assert_eq!(events[0]["Choices"][0]["Delta"]["Content"], "你好");
        let reasons: Vec<&str> = events.iter().map(|e| e["Choices"][0]["FinishReason"].as_str().unwrap()).collect();
        assert_eq!(reasons, ["", "", "stop"]);
        for event in &events {
            assert_eq!(event["Choices"][0]["Delta"]["Role"], "assistant");
            assert_eq!((&event["Id"], &event["Usage"]), (&json!("9c772634"), &json!({"TotalTokens": 5})));
            assert!(event.get("RequestId").is_none(), "the header carries the request id");
            assert!(event["Choices"][0].get("Message").is_none(), "a stream carries the delta alone");
        }
    }

    #[test]
    fn each_event_is_one_data_line() {
        let events = Events::new("rid", Planned { data: split(&answer(), 2), ended_by_done: false });
        assert_eq!(events.frames.len(), 2);
        for frame in &events.frames {
            let text = std::str::from_utf8(frame).unwrap();
            let json = text.strip_prefix("data: ").and_then(|t| t.strip_suffix("\n\n")).unwrap();
            assert!(!json.contains('\n'));
            assert!(serde_json::from_str::<Value>(json).is_ok(), "{text}");
        }
    }

    #[test]
    fn a_stream_ended_by_done_has_the_marker_last() {
        let events = Events::new("rid", Planned { data: split(&answer(), 2), ended_by_done: true });
        assert_eq!(events.frames.len(), 3);
        assert_eq!(events.frames[2], "data: [DONE]\n\n");
    }

    #[test]
    fn short_texts_still_add_up() {
        let part = |index| Part { index, count: 4 };
        assert_eq!((0..4).map(|i| share("ab", part(i))).collect::<Vec<_>>(), ["", "a", "", "b"]);
        assert_eq!((0..4).map(|i| share("", part(i))).collect::<String>(), "");
    }
}
