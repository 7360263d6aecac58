//! The derived signing key, and its cache per (date, service).

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroize;

/// How many (date, service) keys one set of credentials keeps.
const CACHE_SLOTS: usize = 8;

fn hmac(key: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length; this cannot fail.
    Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length")
}

fn hmac_once(key: &[u8], data: &str) -> [u8; 32] {
    let mut mac = hmac(key);
    mac.update(data.as_bytes());
    mac.finalize().into_bytes().into()
}

/// SecretDate = HMAC("TC3" + SecretKey, Date); SecretService = HMAC(SecretDate, Service);
/// SecretSigning = HMAC(SecretService, "tc3_request").
pub(crate) fn derive(secret_key: &str, date: &str, service: &str) -> SigningKey {
    let mut prefixed = Vec::with_capacity(3 + secret_key.len());
    prefixed.extend_from_slice(b"TC3");
    prefixed.extend_from_slice(secret_key.as_bytes());
    let mut secret_date = hmac_once(&prefixed, date);
    prefixed.zeroize();
    let mut secret_service = hmac_once(&secret_date, service);
    secret_date.zeroize();
    let mut signing = hmac_once(&secret_service, "tc3_request");
    secret_service.zeroize();
    let key = SigningKey::new(&signing);
    signing.zeroize();
    key
}

/// SHA-256's initial state (FIPS 180-4, 5.3.3).
const SHA256_IV: [u32; 8] =
    [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/// HMAC-SHA256 under a derived key, with the two padded key blocks already compressed, so a
/// signature costs only its message's blocks. The states are as secret as the key and are
/// wiped on drop.
#[derive(Clone)]
pub(crate) struct SigningKey {
    inner: [u32; 8],
    outer: [u32; 8],
}

impl SigningKey {
    fn new(key: &[u8; 32]) -> Self {
        let mut block = [0u8; 64];
        let mut keyed = |pad: u8| {
            block = [pad; 64];
            for (b, k) in block.iter_mut().zip(key) {
                *b ^= k;
            }
            let mut state = SHA256_IV;
            sha2::compress256(&mut state, &[block.into()]);
            state
        };
        let key = SigningKey { inner: keyed(0x36), outer: keyed(0x5c) };
        block.zeroize();
        key
    }

    /// HMAC-SHA256 of `message`.
    pub(crate) fn mac(&self, message: &[u8]) -> [u8; 32] {
        let inner = finish(self.inner, message);
        finish(self.outer, &inner)
    }
}

/// Hashes `message` onward from `state`, which has absorbed one 64-byte block, and pads.
fn finish(mut state: [u32; 8], message: &[u8]) -> [u8; 32] {
    let mut blocks = message.chunks_exact(64);
    for block in &mut blocks {
        sha2::compress256(&mut state, &[*sha2::digest::generic_array::GenericArray::from_slice(block)]);
    }
    let rest = blocks.remainder();
    let mut tail = [0u8; 128];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let tail_len = if rest.len() + 9 <= 64 { 64 } else { 128 };
    let bits = (64 + message.len() as u64) * 8;
    tail[tail_len - 8..tail_len].copy_from_slice(&bits.to_be_bytes());
    for block in tail[..tail_len].chunks_exact(64) {
        sha2::compress256(&mut state, &[*sha2::digest::generic_array::GenericArray::from_slice(block)]);
    }
    let mut out = [0u8; 32];
    for (bytes, word) in out.chunks_exact_mut(4).zip(state) {
        bytes.copy_from_slice(&word.to_be_bytes());
    }
    state.zeroize();
    out
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        self.inner.zeroize();
        self.outer.zeroize();
    }
}

/// Recently derived keys of one set of credentials, most recent first.
#[derive(Default)]
pub(crate) struct KeyCache {
    slots: Vec<(String, String, SigningKey)>,
}

impl KeyCache {
    pub(crate) fn get_or_derive(&mut self, secret_key: &str, date: &str, service: &str) -> SigningKey {
        if let Some(i) = self.slots.iter().position(|(d, s, _)| d == date && s == service) {
            if i != 0 {
                let slot = self.slots.remove(i);
                self.slots.insert(0, slot);
            }
            return self.slots[0].2.clone();
        }
        let key = derive(secret_key, date, service);
        self.slots.truncate(CACHE_SLOTS - 1);
        self.slots.insert(0, (date.to_owned(), service.to_owned(), key.clone()));
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precomputed_states_give_the_hmac_of_every_message_length() {
        let key: [u8; 32] = std::array::from_fn(|i| (i * 7 + 3) as u8);
        let signing = SigningKey::new(&key);
        let message: Vec<u8> = (0..300u32).map(|i| (i * 31 % 251) as u8).collect();
        for len in 0..=message.len() {
            let mut reference = hmac(&key);
            reference.update(&message[..len]);
            let expected: [u8; 32] = reference.finalize().into_bytes().into();
            assert_eq!(signing.mac(&message[..len]), expected, "message of {len} bytes");
        }
    }
}
