//! Turning an HTTP answer into the typed response or one clear error.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::{Error, ErrorKind, Result};

/// How many characters of an undecodable body an error may show.
const EXCERPT_CHARS: usize = 80;

/// How many characters of a text the service wrote (an error's code, message or request id)
/// an error keeps: real messages are a sentence; a server could send megabytes.
const SERVICE_TEXT_CHARS: usize = 1024;

/// `{"Response": R}`; other top-level members are skipped.
#[derive(Deserialize)]
struct Envelope<R> {
    #[serde(rename = "Response")]
    response: R,
}

/// The parts of `Response` every answer shares; other members are skipped unread.
#[derive(Deserialize)]
struct Common {
    #[serde(rename = "Error")]
    error: Option<ApiError>,
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

#[derive(Deserialize)]
struct ApiError {
    #[serde(rename = "Code")]
    code: String,
    #[serde(rename = "Message", default)]
    message: String,
}

/// Decodes `{"Response":{...}}` into `T` and its request id, or the envelope's error, or a
/// decode/HTTP error naming the status. `secrets` are blanked out of any body excerpt shown.
///
/// Two passes over the body: the members every answer shares, then `T`. UTF-8 is checked once
/// up front, so both read from a `&str` (reading bytes would check every string again).
pub fn decode<T: DeserializeOwned>(status: u16, body: &[u8], secrets: &[&str]) -> Result<(T, Option<String>)> {
    let ok_status = (200..300).contains(&status);
    let not_envelope = |reason: &dyn std::fmt::Display| {
        let shown = excerpt(body, secrets);
        let err = if ok_status {
            Error::new(ErrorKind::Decode, format!("answer is not an API 3.0 envelope ({reason}); body: {shown}"))
        } else {
            Error::new(ErrorKind::Http, format!("server answered HTTP {status}; body: {shown}"))
        };
        err.with_status(status)
    };
    let text = std::str::from_utf8(body).map_err(|e| not_envelope(&e))?;
    let common = match serde_json::from_str::<Envelope<Common>>(text) {
        Ok(envelope) => envelope.response,
        Err(e) => return Err(not_envelope(&e)),
    };
    if let Some(api) = common.error {
        let request_id = common.request_id.map(|id| scrubbed(&id, secrets));
        let (code, message) = (scrubbed(&api.code, secrets), scrubbed(&api.message, secrets));
        return Err(Error::service(code, message, request_id).with_status(status));
    }
    if !ok_status {
        return Err(Error::new(ErrorKind::Http, format!("server answered HTTP {status}"))
            .with_status(status)
            .with_request_id(common.request_id.map(|id| scrubbed(&id, secrets))));
    }
    match serde_json::from_str::<Envelope<T>>(text) {
        Ok(envelope) => Ok((envelope.response, common.request_id)),
        // serde_json's message quotes the value it could not read.
        Err(e) => Err(Error::new(ErrorKind::Decode, scrubbed(&format!("cannot decode `Response`: {e}"), secrets))
            .with_status(status)
            .with_request_id(common.request_id.map(|id| scrubbed(&id, secrets)))),
    }
}

/// An event of a stream whose data is an API error, `{"Response":{"Error":{...}}}` as a
/// refusal is, or `{"Error":{...}}`: the error, with its request id when the event has one.
pub(crate) fn event_error(data: &str, secrets: &[&str]) -> Option<Error> {
    #[derive(Deserialize)]
    struct Event {
        #[serde(rename = "Response")]
        response: Option<Common>,
        #[serde(rename = "Error")]
        error: Option<ApiError>,
        #[serde(rename = "RequestId")]
        request_id: Option<String>,
    }
    // Most events are no error: a search for the member's name is cheaper than a parse.
    if !data.contains("\"Error\"") {
        return None;
    }
    let event: Event = serde_json::from_str(data).ok()?;
    let (api, request_id) = match event.response {
        Some(Common { error: Some(api), request_id }) => (api, request_id),
        _ => (event.error?, event.request_id),
    };
    let (code, message) = (scrubbed(&api.code, secrets), scrubbed(&api.message, secrets));
    Some(Error::service(code, message, request_id.map(|id| scrubbed(&id, secrets))))
}

/// `text` with every secret blanked out, then cut to [`SERVICE_TEXT_CHARS`] (blanking first,
/// so that a cut never leaves the start of a secret).
pub(crate) fn scrubbed(text: &str, secrets: &[&str]) -> String {
    let mut text = std::borrow::Cow::Borrowed(text);
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        if text.contains(secret) {
            text = text.replace(secret, "***").into();
        }
    }
    match text.char_indices().nth(SERVICE_TEXT_CHARS) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.into_owned(),
    }
}

/// The start of `body`, one line, printable, with any secret blanked out.
fn excerpt(body: &[u8], secrets: &[&str]) -> String {
    if body.is_empty() {
        return "(empty)".to_owned();
    }
    let text = scrubbed(&String::from_utf8_lossy(body), secrets);
    let mut shown: String = text.chars().take(EXCERPT_CHARS).map(|c| if c.is_control() { ' ' } else { c }).collect();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        shown.push_str("...");
    }
    format!("`{shown}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Answer {
        #[serde(rename = "Data")]
        data: u32,
        #[serde(rename = "RequestId")]
        request_id: String,
    }

    #[test]
    fn success_decodes_the_response_object() {
        let (a, _): (Answer, _) = decode(200, br#"{"Response":{"Data":7,"Extra":[1],"RequestId":"r1"}}"#, &[]).unwrap();
        assert_eq!((a.data, a.request_id.as_str()), (7, "r1"));
    }

    #[test]
    fn error_envelope_becomes_a_service_error() {
        let body = br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad"},"RequestId":"r2"}}"#;
        let e = decode::<Answer>(200, body, &[]).unwrap_err();
        assert_eq!(
            (e.kind(), e.code(), e.message(), e.request_id()),
            (ErrorKind::Service, Some("InvalidParameter"), "bad", Some("r2"))
        );
    }

    #[test]
    fn excerpt_is_short_and_blanks_secrets() {
        let body = format!("<html>secret-key-123 {}</html>", "x".repeat(500));
        let e = decode::<Answer>(502, body.as_bytes(), &["secret-key-123"]).unwrap_err();
        let text = e.to_string();
        assert!(!text.contains("secret-key-123"), "{text}");
        assert!(text.len() < 200, "{text}");
        assert_eq!((e.kind(), e.status()), (ErrorKind::Http, Some(502)));
    }

    #[test]
    fn service_texts_are_scrubbed_of_secrets_and_cut() {
        let body = format!(
            r#"{{"Response":{{"Error":{{"Code":"Bad.tok-9","Message":"sent tok-9 and TC3 auth-8 {}"}},"RequestId":"r-tok-9"}}}}"#,
            "x".repeat(20 << 20)
        );
        let e = decode::<Answer>(200, body.as_bytes(), &["tok-9", "auth-8"]).unwrap_err();
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("tok-9") && !shown.contains("auth-8"), "{:.300}", shown);
        assert!(e.message().starts_with("sent *** and TC3 *** xxx"), "{:.100}", e.message());
        assert!(shown.len() < 3 * SERVICE_TEXT_CHARS, "{} bytes", shown.len());
        assert_eq!((e.code(), e.request_id()), (Some("Bad.***"), Some("r-***")));
    }

    #[test]
    fn a_cut_never_splits_a_character_or_leaves_a_secret_start() {
        let message = format!("{}{}", "é".repeat(SERVICE_TEXT_CHARS - 2), "secret!");
        let cut = scrubbed(&message, &["secret!"]);
        assert_eq!(cut, format!("{}**...", "é".repeat(SERVICE_TEXT_CHARS - 2)));
    }

    /// Mutated and random answers: every one decodes or fails with an error, none panics.
    #[test]
    fn no_answer_bytes_make_the_decoder_panic() {
        let seeds: [&[u8]; 4] = [
            br#"{"Response":{"Data":7,"RequestId":"r1"}}"#,
            br#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad"},"RequestId":"r2"}}"#,
            br#"{"Response":{"Data":"\u00e9\ud83d\ude42","RequestId":null,"Error":null}}"#,
            b"<html>\xff\xfe</html>",
        ];
        let mut state = 0x5eed_u64;
        let mut next = move || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        for _ in 0..50_000 {
            let mut body = seeds[(next() % 4) as usize].to_vec();
            for _ in 0..=next() % 4 {
                let at = (next() as usize) % (body.len() + 1);
                match next() % 4 {
                    0 => body.truncate(at),
                    1 if at < body.len() => body[at] = next() as u8,
                    2 => body.insert(at, b"{}[]\":,0-eE.\\u"[(next() % 14) as usize]),
                    _ => body.splice(at..at, body.clone().into_iter().take(16)).for_each(drop),
                }
            }
            let status = [200, 200, 404, 502][(next() % 4) as usize];
            let _ = decode::<Answer>(status, &body, &["secret"]);
            let _ = decode::<serde_json::Value>(status, &body, &[]);
        }
    }
}
