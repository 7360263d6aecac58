//! TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0, usable without the client.
//!
//! The signer produces exactly what the official SDKs produce: it signs the headers
//! `content-type;host`, path `/`, and the payload's SHA-256.
//!
//! ```
//! use tc3_runtime::{Credentials, sign};
//!
//! let creds = Credentials::new("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
//! let authorization = sign::authorization(
//!     &creds,
//!     "intlpartnersmgt",
//!     "intlpartnersmgt.intl.tencentcloudapi.com",
//!     1_700_000_000,
//!     "application/json",
//!     br#"{"CountryCode": "852", "PhoneNum": "18888888888"}"#,
//! );
//! assert!(authorization.ends_with("Signature=f9014dd9875beb22e2c57934c75ef93c6d291e2301cedf3a8b39fd8d6128f704"));
//! ```

mod canonical;
mod date;
mod hex;
mod key;

use crate::Credentials;

use date::DateBuf;
pub(crate) use key::{KeyCache, SigningKey};

/// The algorithm name that starts every string to sign and Authorization value.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";
/// The headers tc3 signs, as the official SDKs do.
pub const SIGNED_HEADERS: &str = "content-type;host";

/// What is signed: everything of an HTTP request that enters the signature.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// HTTP method, `POST` for every call tc3 makes.
    pub method: &'a str,
    /// The canonical query string (empty for POST).
    pub query: &'a str,
    /// The service name, e.g. `intlpartnersmgt`; it enters the credential scope.
    pub service: &'a str,
    /// The Host header exactly as sent (with `:port` when not the scheme's default).
    pub host: &'a str,
    /// The Content-Type header exactly as sent.
    pub content_type: &'a str,
    /// The request body.
    pub payload: &'a [u8],
    /// Unix seconds, as sent in `X-TC-Timestamp`; its UTC date enters the scope.
    pub timestamp: u64,
}

impl<'a> Request<'a> {
    /// A POST of `payload` with content type `application/json`, as tc3's client sends.
    pub fn post_json(service: &'a str, host: &'a str, timestamp: u64, payload: &'a [u8]) -> Self {
        Request { method: "POST", query: "", service, host, content_type: "application/json", payload, timestamp }
    }
}

/// Every intermediate value of one signature, for checking a signer stage by stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stages {
    /// The canonical request.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// The hex signature.
    pub signature: String,
    /// The complete Authorization header value.
    pub authorization: String,
}

/// The Authorization value for a JSON POST, as tc3's client and the official SDKs send it.
pub fn authorization(
    credentials: &Credentials,
    service: &str,
    host: &str,
    timestamp: u64,
    content_type: &str,
    payload: &[u8],
) -> String {
    let request = Request { content_type, ..Request::post_json(service, host, timestamp, payload) };
    sign(credentials, &request)
}

/// The Authorization value for any request.
pub fn sign(credentials: &Credentials, request: &Request<'_>) -> String {
    let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
    canonical::write_canonical_request(&mut hasher, request);
    let canonical_hash = hex::encode32(&sha2::Digest::finalize(hasher).into());
    let date = DateBuf::of(request.timestamp);
    let date = date.as_str();
    let signature = signature_of(credentials, request, date, canonical_hash.as_bytes());
    authorization_value(credentials.secret_id(), date, request.service, signature.as_str())
}

/// Every stage of the signature of `request`.
pub fn stages(credentials: &Credentials, request: &Request<'_>) -> Stages {
    let mut canonical = Vec::new();
    canonical::write_canonical_request(&mut canonical, request);
    let canonical_request = String::from_utf8_lossy(&canonical).into_owned();
    let canonical_hash = hex::encode32(&<sha2::Sha256 as sha2::Digest>::digest(&canonical).into());
    let date = DateBuf::of(request.timestamp);
    let date = date.as_str();
    let mut string_to_sign = Vec::new();
    canonical::write_string_to_sign(&mut string_to_sign, request, date, canonical_hash.as_bytes());
    let signature = signature_of(credentials, request, date, canonical_hash.as_bytes());
    Stages {
        canonical_request,
        string_to_sign: String::from_utf8_lossy(&string_to_sign).into_owned(),
        authorization: authorization_value(credentials.secret_id(), date, request.service, signature.as_str()),
        signature: signature.as_str().to_owned(),
    }
}

fn signature_of(credentials: &Credentials, request: &Request<'_>, date: &str, canonical_hash: &[u8]) -> hex::Hex32 {
    let mut string_to_sign = canonical::Gather::new();
    canonical::write_string_to_sign(&mut string_to_sign, request, date, canonical_hash);
    hex::encode32(&credentials.signing_key(date, request.service).mac(string_to_sign.as_bytes()))
}

fn authorization_value(secret_id: &str, date: &str, service: &str, signature: &str) -> String {
    let parts = [
        ALGORITHM,
        " Credential=",
        secret_id,
        "/",
        date,
        "/",
        service,
        "/tc3_request, SignedHeaders=",
        SIGNED_HEADERS,
        ", Signature=",
        signature,
    ];
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}
