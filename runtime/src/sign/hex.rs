//! Lowercase hex of 32-byte digests, on the stack.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// The 64 hex digits of a SHA-256 digest or HMAC-SHA256 tag.
#[derive(Clone, Copy)]
pub(super) struct Hex32([u8; 64]);

impl Hex32 {
    pub(super) fn as_str(&self) -> &str {
        // Only ASCII digits and a-f are ever written.
        std::str::from_utf8(&self.0).expect("hex digits are ASCII")
    }
}

/// Lowercase hex of `bytes`.
pub(super) fn encode32(bytes: &[u8; 32]) -> Hex32 {
    let mut out = [0u8; 64];
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[usize::from(b >> 4)];
        pair[1] = DIGITS[usize::from(b & 0x0f)];
    }
    Hex32(out)
}
