//! The derived signing key, and its cache per (date, service).

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroize;

/// How many (date, service) keys one set of credentials keeps.
const CACHE_SLOTS: usize = 8;

pub(super) fn hmac(key: &[u8]) -> Hmac<Sha256> {
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
    let signing = hmac_once(&secret_service, "tc3_request");
    secret_service.zeroize();
    SigningKey(signing)
}

/// A derived key: secret, valid for one date and service; wiped on drop.
#[derive(Clone)]
pub(crate) struct SigningKey([u8; 32]);

impl std::ops::Deref for SigningKey {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        self.0.zeroize();
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
