//! Temporary key pairs: each with its token and expiry, as STS (AssumeRole,
//! AssumeRoleWithWebIdentity) and the metadata service's instance role hand them out.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use super::KeyPair;
use crate::random::{hash, mix};
use crate::shared::lock;

/// Lifetime when the request names none (the real default), and the instance role's.
pub(crate) const DEFAULT_DURATION_SECS: u64 = 7200;
/// How long before expiry the instance role's keys are replaced.
pub(crate) const INSTANCE_ROTATION_SECS: u64 = 900;
/// Secret ids of issued keys start with this.
const TEMPORARY_PREFIX: &str = "AKIDtc3Temporary";

/// A key pair handed out, its token, and when it stops working (Unix seconds).
#[derive(Clone)]
pub(crate) struct Issued {
    pub(crate) pair: KeyPair,
    pub(crate) token: String,
    pub(crate) expires_at: u64,
}

/// Shows neither the secret key nor the token.
impl std::fmt::Debug for Issued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issued").field("pair", &self.pair).field("expires_at", &self.expires_at).finish_non_exhaustive()
    }
}

/// The key pairs handed out and not yet expired.
#[derive(Debug, Default)]
pub(crate) struct IssuedKeys {
    issued: Mutex<HashMap<String, Issued>>,
    count: AtomicU64,
    /// The instance role's current keys: the metadata service hands out the same ones
    /// until they near expiry, not a new pair per request.
    instance: Mutex<Option<Issued>>,
}

impl IssuedKeys {
    /// A fresh key pair valid for `duration` seconds from `now`; expired ones are forgotten.
    pub(crate) fn issue(&self, seed: u64, now: u64, duration: u64) -> Issued {
        let n = self.count.fetch_add(1, Ordering::Relaxed);
        let a = hash(seed, &format!("temporary key/{n}"));
        let (b, c) = (mix(a), mix(a ^ 0x5EC7));
        let secret_key = format!("{a:016x}{b:016x}");
        let issued = Issued {
            pair: KeyPair::new(format!("{TEMPORARY_PREFIX}{n:020}"), secret_key),
            token: format!("tc3-emulator-token-{c:016x}{:016x}", mix(c)),
            expires_at: now + duration,
        };
        let mut all = lock(&self.issued);
        all.retain(|_, i| i.expires_at > now);
        all.insert(issued.pair.credentials.secret_id().to_owned(), issued.clone());
        issued
    }

    /// The issued key pair of `secret_id`, expired or not.
    pub(crate) fn get(&self, secret_id: &str) -> Option<Issued> {
        lock(&self.issued).get(secret_id).cloned()
    }

    /// The instance role's keys: the current ones, or new ones once the current ones have
    /// less than [`INSTANCE_ROTATION_SECS`] left.
    pub(crate) fn instance_role(&self, seed: u64, now: u64) -> Issued {
        let mut current = lock(&self.instance);
        match &*current {
            Some(issued) if issued.expires_at > now + INSTANCE_ROTATION_SECS => issued.clone(),
            _ => current.insert(self.issue(seed, now, DEFAULT_DURATION_SECS)).clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_no_secret() {
        let issued = IssuedKeys::default().issue(1, 1_000, 60);
        let shown = format!("{issued:?}");
        assert!(shown.contains(issued.pair.credentials.secret_id()), "{shown}");
        assert!(!shown.contains(&issued.pair.secret_key) && !shown.contains(&issued.token), "{shown}");
    }

    #[test]
    fn issued_keys_are_distinct_and_forgotten_after_expiry() {
        let t = IssuedKeys::default();
        let a = t.issue(1, 1000, 10);
        let b = t.issue(1, 1000, 100);
        assert_ne!(a.pair.credentials.secret_id(), b.pair.credentials.secret_id());
        assert_ne!(a.token, b.token);
        t.issue(1, 1050, 10);
        assert!(t.get(a.pair.credentials.secret_id()).is_none());
        assert!(t.get(b.pair.credentials.secret_id()).is_some());
    }

    #[test]
    fn the_instance_role_keeps_its_keys_until_they_near_expiry() {
        let t = IssuedKeys::default();
        let id = |i: Issued| i.pair.credentials.secret_id().to_owned();
        let first = id(t.instance_role(1, 1000));
        assert_eq!(id(t.instance_role(1, 1000 + DEFAULT_DURATION_SECS - INSTANCE_ROTATION_SECS - 1)), first);
        let later = id(t.instance_role(1, 1000 + DEFAULT_DURATION_SECS - INSTANCE_ROTATION_SECS));
        assert_ne!(later, first);
    }
}
