//! The default chain: environment variables, then the profile file.

use super::{Credentials, CredentialsFuture, EnvironmentProvider, ProfileProvider, ProvideCredentials};
use crate::{Error, Result};

/// Tries the environment (`TENCENTCLOUD_SECRET_ID`/`_SECRET_KEY`/`_TOKEN`), then
/// `~/.tencentcloud/credentials`; fails naming every place it looked.
#[derive(Debug, Clone, Default)]
pub struct DefaultChain {
    env: EnvironmentProvider,
    profile: ProfileProvider,
}

impl DefaultChain {
    /// The chain over the process environment and the home directory.
    pub fn new() -> Self {
        Self::default()
    }

    #[cfg(test)]
    pub(crate) fn with_sources(lookup: super::Lookup, profile: ProfileProvider) -> Self {
        DefaultChain { env: EnvironmentProvider::with_lookup(lookup), profile }
    }
}

impl DefaultChain {
    /// The first credentials found, or an error naming every place looked.
    pub(crate) fn load(&self) -> Result<Credentials> {
        if let Some(creds) = self.env.load()? {
            return Ok(creds);
        }
        if let Some(creds) = self.profile.load()? {
            return Ok(creds);
        }
        Err(Error::credentials(format!(
            "no credentials found; looked in: environment variables TENCENTCLOUD_SECRET_ID and \
             TENCENTCLOUD_SECRET_KEY (not set); {} (not found)",
            self.profile.describe()
        )))
    }
}

impl ProvideCredentials for DefaultChain {
    fn credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move { self.load() })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::ErrorKind;
    use crate::credentials::Lookup;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
    }

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> Lookup {
        Arc::new(move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()))
    }

    fn temp_profile(text: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("tc3-chain-{}-{}", std::process::id(), text.len()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("credentials");
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn environment_wins_over_the_profile_file() {
        let path = temp_profile("[default]\nsecret_id = AKIDfile\nsecret_key = kf\n");
        let chain = DefaultChain::with_sources(
            vars(&[
                ("TENCENTCLOUD_SECRET_ID", "AKIDenv"),
                ("TENCENTCLOUD_SECRET_KEY", "ke"),
                ("TENCENTCLOUD_TOKEN", "t"),
            ]),
            ProfileProvider::new().path(&path),
        );
        let creds = block_on(chain.credentials()).unwrap();
        assert_eq!(creds.secret_id(), "AKIDenv");
        assert_eq!(creds.token(), Some("t"));
    }

    #[test]
    fn profile_file_is_used_when_the_environment_is_empty() {
        let path = temp_profile("[default]\nsecret_id = AKIDfile2\nsecret_key = kf\n");
        let chain = DefaultChain::with_sources(vars(&[]), ProfileProvider::new().path(&path));
        assert_eq!(block_on(chain.credentials()).unwrap().secret_id(), "AKIDfile2");
    }

    #[test]
    fn nothing_found_names_every_place_looked() {
        let chain = DefaultChain::with_sources(vars(&[]), ProfileProvider::new().path("/nonexistent/tc3/credentials"));
        let err = block_on(chain.credentials()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Credentials);
        let text = err.to_string();
        assert!(text.contains("TENCENTCLOUD_SECRET_ID"), "{text}");
        assert!(text.contains("/nonexistent/tc3/credentials"), "{text}");
    }

    #[test]
    fn half_set_environment_is_an_error_not_a_fallthrough() {
        let chain = DefaultChain::with_sources(
            vars(&[("TENCENTCLOUD_SECRET_ID", "AKIDenv")]),
            ProfileProvider::new().path("/nonexistent/tc3/credentials"),
        );
        let err = block_on(chain.credentials()).unwrap_err();
        assert!(err.to_string().contains("TENCENTCLOUD_SECRET_KEY is not"), "{err}");
    }
}
