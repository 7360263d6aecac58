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

/// Bytes gathered on the stack for one hash call; spills to the heap only for unusually
/// long services.
pub(super) struct Gather {
    stack: [u8; GATHER_STACK],
    len: usize,
    heap: Vec<u8>,
}

/// Room for a string to sign with a service name of up to about 90 bytes.
const GATHER_STACK: usize = 192;

impl Gather {
    pub(super) fn new() -> Self {
        Gather { stack: [0; GATHER_STACK], len: 0, heap: Vec::new() }
    }

    pub(super) fn as_bytes(&self) -> &[u8] {
        if self.heap.is_empty() { &self.stack[..self.len] } else { &self.heap }
    }
}

impl Sink for Gather {
    fn put(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if self.heap.is_empty() && end <= GATHER_STACK {
            self.stack[self.len..end].copy_from_slice(bytes);
            self.len = end;
        } else {
            if self.heap.is_empty() {
                self.heap.extend_from_slice(&self.stack[..self.len]);
            }
            self.heap.extend_from_slice(bytes);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathered_bytes_are_the_concatenation_also_past_the_stack() {
        let mut gather = Gather::new();
        let mut plain = Vec::new();
        for i in 0..40u8 {
            let piece = vec![b'a' + i % 26; usize::from(i % 11) + 1];
            gather.put(&piece);
            plain.put(&piece);
            assert_eq!(gather.as_bytes(), plain.as_slice(), "after {} bytes", plain.len());
        }
        assert!(plain.len() > GATHER_STACK);
    }
}
