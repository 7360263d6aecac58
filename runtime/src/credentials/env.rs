//! Credentials from `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`, `TENCENTCLOUD_TOKEN`.

use super::{Credentials, CredentialsFuture, Lookup, ProvideCredentials, process_env};
use crate::{Error, Result};

/// Reads the variables tccli and the official SDKs read.
#[derive(Clone)]
pub struct EnvironmentProvider {
    lookup: Lookup,
}

impl std::fmt::Debug for EnvironmentProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EnvironmentProvider")
    }
}

impl Default for EnvironmentProvider {
    fn default() -> Self {
        EnvironmentProvider { lookup: process_env() }
    }
}

impl EnvironmentProvider {
    /// A provider reading the process environment.
    pub fn new() -> Self {
        Self::default()
    }

    pub(crate) fn with_lookup(lookup: Lookup) -> Self {
        EnvironmentProvider { lookup }
    }

    /// The credentials, `Ok(None)` when neither id nor key is set.
    pub(crate) fn load(&self) -> Result<Option<Credentials>> {
        let id = (self.lookup)("TENCENTCLOUD_SECRET_ID");
        let key = (self.lookup)("TENCENTCLOUD_SECRET_KEY");
        let creds = match (id, key) {
            (None, None) => return Ok(None),
            (Some(id), Some(key)) => Credentials::new(id, key),
            (Some(_), None) => {
                return Err(Error::credentials("TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not"));
            }
            (None, Some(_)) => {
                return Err(Error::credentials("TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not"));
            }
        };
        Ok(Some(match (self.lookup)("TENCENTCLOUD_TOKEN") {
            Some(token) => creds.with_token(token),
            None => creds,
        }))
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            self.load()?
                .ok_or_else(|| Error::credentials("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set"))
        })
    }
}
