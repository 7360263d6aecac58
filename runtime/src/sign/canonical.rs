//! The canonical request and the string to sign, written into any byte sink.
//!
//! Writing into a hasher directly means the fast path never builds the strings.

use super::{ALGORITHM, Request, SIGNED_HEADERS, hex};

/// Where canonical bytes go: a buffer (to show them) or a hasher (to sign them).
pub(super) trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

impl Sink for sha2::Sha256 {
    fn put(&mut self, bytes: &[u8]) {
        sha2::Digest::update(self, bytes);
    }
}

impl Sink for hmac::Hmac<sha2::Sha256> {
    fn put(&mut self, bytes: &[u8]) {
        hmac::Mac::update(self, bytes);
    }
}

/// CanonicalRequest =
///     HTTPRequestMethod + '\n' + CanonicalURI + '\n' + CanonicalQueryString + '\n' +
///     CanonicalHeaders + '\n' + SignedHeaders + '\n' + HashedRequestPayload
/// with CanonicalURI `/` and CanonicalHeaders `content-type:<ct>\nhost:<host>\n`.
pub(super) fn write_canonical_request(out: &mut impl Sink, request: &Request<'_>) {
    let payload_hash = hex::encode32(&<sha2::Sha256 as sha2::Digest>::digest(request.payload).into());
    for part in [
        request.method,
        "\n/\n",
        request.query,
        "\ncontent-type:",
        request.content_type,
        "\nhost:",
        request.host,
        "\n\n",
        SIGNED_HEADERS,
        "\n",
        &payload_hash,
    ] {
        out.put(part.as_bytes());
    }
}

/// StringToSign = Algorithm + '\n' + RequestTimestamp + '\n' + CredentialScope + '\n' +
///     HashedCanonicalRequest, with CredentialScope `<date>/<service>/tc3_request`.
pub(super) fn write_string_to_sign(out: &mut impl Sink, request: &Request<'_>, date: &str, canonical_hash: &str) {
    let timestamp = request.timestamp.to_string();
    for part in
        [ALGORITHM, "\n", timestamp.as_str(), "\n", date, "/", request.service, "/tc3_request\n", canonical_hash]
    {
        out.put(part.as_bytes());
    }
}
