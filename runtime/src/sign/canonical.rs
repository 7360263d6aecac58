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
    ] {
        out.put(part.as_bytes());
    }
    out.put(payload_hash.as_bytes());
}

/// StringToSign = Algorithm + '\n' + RequestTimestamp + '\n' + CredentialScope + '\n' +
///     HashedCanonicalRequest, with CredentialScope `<date>/<service>/tc3_request`.
pub(super) fn write_string_to_sign(out: &mut impl Sink, request: &Request<'_>, date: &str, canonical_hash: &[u8]) {
    let mut digits = [0u8; 20];
    let timestamp = decimal(request.timestamp, &mut digits);
    for part in [ALGORITHM.as_bytes(), b"\n", timestamp, b"\n", date.as_bytes(), b"/", request.service.as_bytes()] {
        out.put(part);
    }
    out.put(b"/tc3_request\n");
    out.put(canonical_hash);
}

/// The decimal digits of `n`, written at the end of `buf`.
fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut start = buf.len();
    loop {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[start..];
        }
    }
}
