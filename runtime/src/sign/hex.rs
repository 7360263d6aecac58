//! Lowercase hex of 32-byte digests, on the stack.

/// The two lowercase hex digits of every byte value, so encoding is one lookup per byte.
const PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut pairs = [[0u8; 2]; 256];
    let mut b = 0;
    while b < 256 {
        pairs[b] = [DIGITS[b >> 4], DIGITS[b & 0x0f]];
        b += 1;
    }
    pairs
};

/// The 64 hex digits of a SHA-256 digest or HMAC-SHA256 tag.
#[derive(Clone, Copy)]
pub(super) struct Hex32([[u8; 2]; 32]);

impl Hex32 {
    pub(super) fn as_bytes(&self) -> &[u8] {
        self.0.as_flattened()
    }

    pub(super) fn as_str(&self) -> &str {
        // Only ASCII digits and a-f are ever written.
        std::str::from_utf8(self.as_bytes()).expect("hex digits are ASCII")
    }
}

/// Lowercase hex of `bytes`.
pub(super) fn encode32(bytes: &[u8; 32]) -> Hex32 {
    let mut out = [[0u8; 2]; 32];
    for (pair, &b) in out.iter_mut().zip(bytes) {
        *pair = PAIRS[usize::from(b)];
    }
    Hex32(out)
}
