//! The key store: every key pair the emulator accepts and how a secret id is looked up: the
//! partner's fixed pairs, customers' own pairs derived from the seed, and the temporary pairs
//! STS and the metadata service hand out. Signature checks (TC3 in `verify`, v1 in
//! `sign_v1`) and STS read it; none of them keeps keys of its own.

mod issued;

use std::collections::HashMap;
use std::sync::Arc;

pub(crate) use issued::{DEFAULT_DURATION_SECS, IssuedKeys};

use crate::envelope::ApiError;
use crate::random::{hash, mix};

/// Secret ids of customers' own key pairs: this prefix, then the uin on 21 digits (36
/// characters in all, as real secret ids).
const CUSTOMER_KEY_PREFIX: &str = "AKIDtc3Customer";

/// The key pairs the emulator accepts, by secret id: the partner's, and with a seed every
/// customer's own, derived from (seed, uin).
#[derive(Debug, Clone, Default)]
pub(crate) struct Keys {
    fixed: HashMap<String, KeyPair>,
    customer_seed: Option<u64>,
    /// Key pairs handed out by STS and the metadata service.
    pub(crate) temporary: Arc<IssuedKeys>,
}

impl Keys {
    pub(crate) fn insert(&mut self, pair: KeyPair) {
        self.fixed.insert(pair.credentials.secret_id().to_owned(), pair);
    }

    /// Whether `secret_id` is one inserted, not a customer's derived one.
    pub(crate) fn is_fixed(&self, secret_id: &str) -> bool {
        self.fixed.contains_key(secret_id)
    }

    /// Accepts the key pairs of [`customer_key_pair`] for `seed` (each derived when asked for).
    pub(crate) fn accept_customer_keys(&mut self, seed: u64) {
        self.customer_seed = Some(seed);
    }

    /// The key pair of `secret_id`: a temporary one only with its unexpired `token`, a
    /// customer's own only while `is_customer` says its uin is a customer.
    pub(crate) fn find(
        &self,
        secret_id: &str,
        token: Option<&str>,
        now: u64,
        is_customer: &dyn Fn(u64) -> bool,
    ) -> Result<KeyPair, ApiError> {
        if let Some(issued) = self.temporary.get(secret_id) {
            let token_ok = token.is_some_and(|t| constant_time_eq(t.as_bytes(), issued.token.as_bytes()));
            if !token_ok || issued.expires_at <= now {
                return Err(ApiError::new(
                    "AuthFailure.TokenFailure",
                    "The token of these temporary credentials is missing, wrong or expired.",
                ));
            }
            return Ok(issued.pair);
        }
        self.permanent(secret_id, is_customer).ok_or_else(|| {
            ApiError::new("AuthFailure.SecretIdNotFound", "The SecretId does not exist or has been disabled.")
        })
    }

    /// A fixed key pair, or a customer's own while `is_customer` says so.
    fn permanent(&self, secret_id: &str, is_customer: &dyn Fn(u64) -> bool) -> Option<KeyPair> {
        if let Some(pair) = self.fixed.get(secret_id) {
            return Some(pair.clone());
        }
        let uin = customer_uin(secret_id).filter(|uin| is_customer(*uin))?;
        let (secret_id, secret_key) = customer_key_pair(self.customer_seed?, uin);
        Some(KeyPair::new(secret_id, secret_key))
    }
}

/// A key pair the emulator accepts: credentials to recompute TC3 signatures with, and the
/// secret key itself, which credentials do not show, for v1 signatures and STS answers.
#[derive(Clone)]
pub(crate) struct KeyPair {
    pub(crate) credentials: tc3::Credentials,
    pub(crate) secret_key: String,
}

impl KeyPair {
    pub(crate) fn new(secret_id: String, secret_key: String) -> Self {
        KeyPair { credentials: tc3::Credentials::new(secret_id, secret_key.clone()), secret_key }
    }
}

/// Shows the secret id only.
impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair").field("secret_id", &self.credentials.secret_id()).finish_non_exhaustive()
    }
}

/// The uin whose own key `secret_id` is, if it is a customer's.
pub(crate) fn customer_uin(secret_id: &str) -> Option<u64> {
    let digits = secret_id.strip_prefix(CUSTOMER_KEY_PREFIX)?;
    if digits.len() != 21 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The own key pair of customer `uin`, (secret id, secret key); not secret, as nothing in
/// the emulator is.
pub(crate) fn customer_key_pair(seed: u64, uin: u64) -> (String, String) {
    let a = hash(seed, &format!("customer key/{uin}"));
    let b = mix(a);
    (format!("{CUSTOMER_KEY_PREFIX}{uin:021}"), format!("{a:016x}{b:016x}"))
}

/// [`customer_key_pair`] as credentials.
pub(crate) fn customer_credentials(seed: u64, uin: u64) -> tc3::Credentials {
    let (secret_id, secret_key) = customer_key_pair(seed, uin);
    tc3::Credentials::new(secret_id, secret_key)
}

/// Compares in constant time (`subtle`), so the time taken tells nothing of where a forged
/// signature or token first differs.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    subtle::ConstantTimeEq::ct_eq(a, b).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_700_000_000;

    fn code(found: Result<KeyPair, ApiError>) -> String {
        found.map_or_else(|e| e.code.into_owned(), |pair| pair.credentials.secret_id().to_owned())
    }

    #[test]
    fn temporary_keys_need_their_unexpired_token() {
        let keys = Keys::default();
        let issued = keys.temporary.issue(1, NOW, 60);
        let id = issued.pair.credentials.secret_id();
        assert_eq!(code(keys.find(id, Some(&issued.token), NOW, &|_| false)), id);
        assert_eq!(code(keys.find(id, None, NOW, &|_| false)), "AuthFailure.TokenFailure");
        assert_eq!(code(keys.find(id, Some("forged"), NOW, &|_| false)), "AuthFailure.TokenFailure");
        assert_eq!(code(keys.find(id, Some(&issued.token), NOW + 60, &|_| false)), "AuthFailure.TokenFailure");
    }

    #[test]
    fn a_customers_own_key_works_only_while_it_is_a_customer() {
        let mut keys = Keys::default();
        keys.accept_customer_keys(7);
        let (id, _) = customer_key_pair(7, 100_000_000_042);
        assert_eq!(customer_uin(&id), Some(100_000_000_042));
        assert_eq!(code(keys.find(&id, None, NOW, &|uin| uin == 100_000_000_042)), id);
        assert_eq!(code(keys.find(&id, None, NOW, &|_| false)), "AuthFailure.SecretIdNotFound");
        assert!(!keys.is_fixed(&id));
    }
}
