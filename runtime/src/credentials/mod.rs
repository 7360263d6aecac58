//! Credentials and where they come from.

mod cvm;
mod default_chain;
mod env;
mod profile;
mod provider_chain;
mod refresh;
mod sts;
mod tccli;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use zeroize::Zeroizing;

use crate::Result;
use crate::sign::{KeyCache, SigningKey};

pub use cvm::{CvmRoleProvider, DEFAULT_METADATA_ENDPOINT};
pub use default_chain::DefaultChain;
pub use env::EnvironmentProvider;
pub use profile::ProfileProvider;
pub use provider_chain::ProviderChain;
pub use sts::{AssumeRoleProvider, WebIdentityProvider};
pub use tccli::TccliProvider;

/// A secret id, secret key and optional session token.
///
/// Cheap to clone. Debug shows the secret id only; the key and token are wiped from memory
/// when the last clone is dropped.
#[derive(Clone)]
pub struct Credentials(Arc<Inner>);

struct Inner {
    secret_id: String,
    secret_key: Zeroizing<String>,
    token: Option<Zeroizing<String>>,
    keys: Mutex<KeyCache>,
}

impl Credentials {
    /// Long-term credentials: a secret id (`AKID...`) and its secret key.
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Credentials(Arc::new(Inner {
            secret_id: secret_id.into(),
            secret_key: Zeroizing::new(secret_key.into()),
            token: None,
            keys: Mutex::new(KeyCache::default()),
        }))
    }

    /// The same credentials with a session token, as temporary credentials carry.
    #[must_use]
    pub fn with_token(self, token: impl Into<String>) -> Self {
        Credentials(Arc::new(Inner {
            secret_id: self.0.secret_id.clone(),
            secret_key: self.0.secret_key.clone(),
            token: Some(Zeroizing::new(token.into())),
            keys: Mutex::new(KeyCache::default()),
        }))
    }

    /// The secret id; it is sent in every Authorization header and is not secret.
    pub fn secret_id(&self) -> &str {
        &self.0.secret_id
    }

    /// The session token, sent as `X-TC-Token`.
    pub fn token(&self) -> Option<&str> {
        self.0.token.as_deref().map(String::as_str)
    }

    /// The signing key of (date, service), derived once and then cached.
    pub(crate) fn signing_key(&self, date: &str, service: &str) -> SigningKey {
        // A poisoned cache only means another thread panicked mid-update; the keys are
        // still correct derivations, so keep using it.
        let mut keys = self.0.keys.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        keys.get_or_derive(&self.0.secret_key, date, service)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("secret_id", &self.0.secret_id)
            .field("secret_key", &"** redacted **")
            .field("token", &self.0.token.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// A boxed future, as returned by [`ProvideCredentials`].
pub type CredentialsFuture<'a> = Pin<Box<dyn Future<Output = Result<Credentials>> + Send + 'a>>;

/// A source of credentials: static values, the environment, a profile file, a role.
pub trait ProvideCredentials: fmt::Debug + Send + Sync {
    /// The credentials to sign the next request with.
    fn credentials(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn credentials(&self) -> CredentialsFuture<'_> {
        let creds = self.clone();
        Box::pin(async move { Ok(creds) })
    }
}

/// The user's home directory, from `HOME`.
pub(crate) fn home_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(std::path::PathBuf::from)
}

/// The file's text; `Ok(None)` when it does not exist.
pub(crate) fn read_if_exists(path: &std::path::Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(crate::Error::credentials(format!("cannot read {}: {e}", path.display()))),
    }
}

/// Reads variables; the process environment in production, a map in tests.
pub(crate) type Lookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

pub(crate) fn process_env() -> Lookup {
    Arc::new(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_id_and_hides_key_and_token() {
        let creds = Credentials::new("AKIDpublic", "very-secret-key").with_token("session-token-value");
        let shown = format!("{creds:?}");
        assert!(shown.contains("AKIDpublic"));
        assert!(!shown.contains("very-secret-key"));
        assert!(!shown.contains("session-token-value"));
        assert_eq!(creds.token(), Some("session-token-value"));
    }
}
