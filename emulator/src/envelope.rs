//! The API 3.0 envelope: `{"Response": {..., "RequestId": ...}}`, with `Error` on failure.
//! The real service answers every processed request, failed or not, with HTTP 200.

use std::borrow::Cow;

use serde_json::{Map, Value, json};

/// A refusal in the service's words: an error code and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The error code, e.g. `AuthFailure.SignatureFailure`; owned when a cassette recorded it.
    pub code: Cow<'static, str>,
    /// What went wrong, for a person.
    pub message: String,
}

impl ApiError {
    /// An error with `code` and `message`.
    pub fn new(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        ApiError { code: code.into(), message: message.into() }
    }
}

/// The body of a failed call.
pub(crate) fn error_body(error: &ApiError, request_id: &str) -> Vec<u8> {
    let body = json!({"Response": {"Error": {"Code": error.code, "Message": error.message}, "RequestId": request_id}});
    serde_json::to_vec(&body).unwrap_or_default()
}

/// The body of a successful call: the action's fields plus `RequestId` (the emulator's,
/// unless the fields hold one: a recorded call passes on the real service's).
pub(crate) fn ok_body(mut fields: Map<String, Value>, request_id: &str) -> Vec<u8> {
    fields.entry("RequestId").or_insert_with(|| Value::String(request_id.into()));
    let mut outer = Map::new();
    outer.insert("Response".into(), Value::Object(fields));
    serde_json::to_vec(&Value::Object(outer)).unwrap_or_default()
}

/// A request id shaped like the real ones (a UUID), unique per emulator and deterministic
/// for a given seed and request number.
pub(crate) fn request_id(seed: u64, n: u64) -> String {
    let a = crate::random::mix(seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let b = crate::random::mix(a ^ n);
    let bytes = (u128::from(a) << 64 | u128::from(b)).to_be_bytes();
    uuid::Builder::from_random_bytes(bytes).into_uuid().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_code_message_and_request_id() {
        let body = error_body(&ApiError::new("InvalidAction", "no such action"), "rid");
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["Response"]["Error"]["Code"], "InvalidAction");
        assert_eq!(v["Response"]["RequestId"], "rid");
    }

    #[test]
    fn request_ids_look_like_uuids_and_differ() {
        let a = request_id(1, 1);
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
        assert_ne!(a, request_id(1, 2));
    }
}
