//! TC3-HMAC-SHA256 verification, as the real service does it: the Authorization header is
//! parsed, the timestamp must be within five minutes of the server's clock, the secret id
//! must be known, and the signature is recomputed with `tc3::sign` and compared in
//! constant time.

use crate::envelope::ApiError;
use crate::keys::{Keys, constant_time_eq};

/// How far the timestamp may be from the server's clock, either way.
pub const TIMESTAMP_WINDOW_SECS: u64 = 300;

/// What of an HTTP request enters verification.
#[derive(Debug)]
pub(crate) struct Signed<'a> {
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    pub(crate) query: &'a str,
    pub(crate) host: &'a str,
    pub(crate) content_type: &'a str,
    pub(crate) authorization: Option<&'a str>,
    pub(crate) timestamp: Option<&'a str>,
    /// `X-TC-Token`, which temporary key pairs must carry.
    pub(crate) token: Option<&'a str>,
    /// `X-TC-Content-SHA256: UNSIGNED-PAYLOAD`: the signature covers that text, not the body.
    pub(crate) unsigned_payload: bool,
    pub(crate) payload: &'a [u8],
}

/// Checks `request`; on success returns the caller's secret id. `is_customer` tells
/// whether a uin is a customer now, whose own key pair is then accepted.
pub(crate) fn verify<'a>(
    request: &Signed<'a>,
    keys: &Keys,
    service: &str,
    now: u64,
    is_customer: &dyn Fn(u64) -> bool,
) -> Result<&'a str, ApiError> {
    let authorization = request
        .authorization
        .ok_or_else(|| ApiError::new("AuthFailure.InvalidAuthorization", "The Authorization header is missing."))?;
    let parts = parse_authorization(authorization).ok_or_else(|| {
        ApiError::new(
            "AuthFailure.InvalidAuthorization",
            "The Authorization header is not a valid TC3-HMAC-SHA256 value.",
        )
    })?;
    let timestamp: u64 = match request.timestamp {
        None => return Err(ApiError::new("MissingParameter", "The request is missing the X-TC-Timestamp header.")),
        Some(t) => t
            .trim()
            .parse()
            .map_err(|_| ApiError::new("InvalidParameter", "The X-TC-Timestamp header must be Unix seconds."))?,
    };
    check_timestamp(timestamp, now)?;
    let credentials = keys.find(parts.secret_id, request.token, now, is_customer)?.credentials;
    let signature_failure =
        || ApiError::new("AuthFailure.SignatureFailure", "The signature does not match the request and the key.");
    let date = date_of(timestamp);
    if parts.date != date || parts.service != service || parts.signed_headers != tc3::sign::SIGNED_HEADERS {
        return Err(signature_failure());
    }
    let expected = tc3::sign::sign(
        &credentials,
        &tc3::sign::Request {
            method: request.method,
            query: request.query,
            service,
            host: request.host,
            content_type: request.content_type,
            payload: if request.unsigned_payload { b"UNSIGNED-PAYLOAD" } else { request.payload },
            timestamp,
        },
    );
    let expected_signature = expected.rsplit("Signature=").next().unwrap_or_default();
    if !constant_time_eq(expected_signature.as_bytes(), parts.signature.as_bytes()) {
        return Err(signature_failure());
    }
    Ok(parts.secret_id)
}

/// `AuthFailure.SignatureExpire` when `timestamp` is more than five minutes from `now`.
pub(crate) fn check_timestamp(timestamp: u64, now: u64) -> Result<(), ApiError> {
    if timestamp.abs_diff(now) > TIMESTAMP_WINDOW_SECS {
        return Err(ApiError::new(
            "AuthFailure.SignatureExpire",
            format!("The signature expired: timestamp {timestamp} is more than 5 minutes from server time {now}."),
        ));
    }
    Ok(())
}

/// The service named in the credential scope of a TC3 Authorization value.
pub(crate) fn scope_service(authorization: &str) -> Option<&str> {
    parse_authorization(authorization).map(|parts| parts.service)
}

#[derive(Debug, PartialEq)]
struct Parts<'a> {
    secret_id: &'a str,
    date: &'a str,
    service: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

/// `TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=..., Signature=...`
fn parse_authorization(value: &str) -> Option<Parts<'_>> {
    let rest = value.strip_prefix(tc3::sign::ALGORITHM)?.trim_start();
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for item in rest.split(',') {
        let (key, val) = item.trim().split_once('=')?;
        match key {
            "Credential" => credential = Some(val),
            "SignedHeaders" => signed_headers = Some(val),
            "Signature" => signature = Some(val),
            _ => return None,
        }
    }
    let mut scope = credential?.split('/');
    let parts = Parts {
        secret_id: scope.next().filter(|s| !s.is_empty())?,
        date: scope.next()?,
        service: scope.next()?,
        signed_headers: signed_headers?,
        signature: signature?,
    };
    (scope.next()? == "tc3_request" && scope.next().is_none()).then_some(parts)
}

fn date_of(timestamp: u64) -> String {
    crate::clock::date(timestamp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::KeyPair;

    const HOST: &str = "127.0.0.1:8080";
    const NOW: u64 = 1_700_000_000;

    fn keys() -> (Keys, tc3::Credentials) {
        let pair = KeyPair::new("AKIDTEST".into(), "secret".into());
        let mut keys = Keys::default();
        keys.insert(pair.clone());
        (keys, pair.credentials)
    }

    fn check(authorization: &str, timestamp: u64, body: &[u8]) -> Result<String, String> {
        let ts = timestamp.to_string();
        let request = Signed {
            method: "POST",
            path: "/",
            query: "",
            host: HOST,
            content_type: "application/json",
            authorization: Some(authorization),
            timestamp: Some(&ts),
            token: None,
            unsigned_payload: false,
            payload: body,
        };
        verify(&request, &keys().0, "intlpartnersmgt", NOW, &|_| false)
            .map(str::to_owned)
            .map_err(|e| e.code.into_owned())
    }

    fn signed(timestamp: u64, body: &[u8]) -> String {
        tc3::sign::authorization(&keys().1, "intlpartnersmgt", HOST, timestamp, "application/json", body)
    }

    #[test]
    fn accepts_what_tc3_signs() {
        assert_eq!(check(&signed(NOW, b"{}"), NOW, b"{}"), Ok("AKIDTEST".into()));
    }

    #[test]
    fn tampered_body_fails_the_signature() {
        assert_eq!(check(&signed(NOW, b"{}"), NOW, b"{ }"), Err("AuthFailure.SignatureFailure".into()));
    }

    #[test]
    fn timestamps_beyond_five_minutes_expire() {
        let old = NOW - 301;
        assert_eq!(check(&signed(old, b"{}"), old, b"{}"), Err("AuthFailure.SignatureExpire".into()));
        let edge = NOW - 300;
        assert!(check(&signed(edge, b"{}"), edge, b"{}").is_ok());
    }

    #[test]
    fn unknown_secret_ids_and_garbage_headers_are_named() {
        let other = tc3::Credentials::new("AKIDOTHER", "secret");
        let auth = tc3::sign::authorization(&other, "intlpartnersmgt", HOST, NOW, "application/json", b"{}");
        assert_eq!(check(&auth, NOW, b"{}"), Err("AuthFailure.SecretIdNotFound".into()));
        assert_eq!(check("Bearer x", NOW, b"{}"), Err("AuthFailure.InvalidAuthorization".into()));
    }

    #[test]
    fn an_unsigned_payload_is_signed_as_that_text() {
        let ts = NOW.to_string();
        let authorization = signed(NOW, b"UNSIGNED-PAYLOAD");
        let mut request = Signed {
            method: "POST",
            path: "/",
            query: "",
            host: HOST,
            content_type: "application/json",
            authorization: Some(&authorization),
            timestamp: Some(&ts),
            token: None,
            unsigned_payload: true,
            payload: br#"{"Any": "body"}"#,
        };
        assert!(verify(&request, &keys().0, "intlpartnersmgt", NOW, &|_| false).is_ok());
        request.unsigned_payload = false;
        let refused = verify(&request, &keys().0, "intlpartnersmgt", NOW, &|_| false).map_err(|e| e.code.into_owned());
        assert_eq!(refused, Err("AuthFailure.SignatureFailure".to_owned()));
    }

    #[test]
    fn parses_the_official_layout() {
        let parts = parse_authorization(
            "TC3-HMAC-SHA256 Credential=AKID/2023-11-14/cvm/tc3_request, SignedHeaders=content-type;host, Signature=ab",
        );
        assert_eq!(parts.map(|p| (p.secret_id, p.service, p.signature)), Some(("AKID", "cvm", "ab")));
    }
}
