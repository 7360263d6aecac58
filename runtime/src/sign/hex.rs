//! Lowercase hex of 32-byte digests.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Lowercase hex of a SHA-256 digest or HMAC-SHA256 tag.
pub(super) fn encode32(bytes: &[u8; 32]) -> String {
    let mut out = String::with_capacity(64);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}
