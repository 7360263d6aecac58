//! The default chain, in the official SDKs' order: environment, profile files, tccli's
//! file, the CVM instance role, TKE OIDC; `TENCENTCLOUD_ROLE_ARN` turns long-term keys found
//! on the way into a role's temporary ones.

use std::sync::Arc;

use super::sts::{AssumeRoleProvider, WebIdentityProvider};
use super::{
    Credentials, CredentialsFuture, CvmRoleProvider, EnvironmentProvider, Lookup, ProfileProvider, ProvideCredentials,
    TccliProvider, process_env,
};
use crate::{Error, Result};

/// Finds credentials the way the official SDKs do, and fails closed naming every place it
/// looked. What it finds first is kept for the life of the chain (temporary credentials
/// are refreshed by the provider found).
pub struct DefaultChain {
    lookup: Lookup,
    profile: ProfileProvider,
    tccli: TccliProvider,
    cvm: Arc<CvmRoleProvider>,
    found: tokio::sync::OnceCell<Arc<dyn ProvideCredentials>>,
}

impl std::fmt::Debug for DefaultChain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DefaultChain").field("profile", &self.profile).field("found", &self.found.get()).finish()
    }
}

impl Default for DefaultChain {
    fn default() -> Self {
        Self::with_sources(process_env(), ProfileProvider::new(), TccliProvider::new(), CvmRoleProvider::new())
    }
}

impl DefaultChain {
    /// The chain over the process environment, the home directory and the metadata service.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read this section of the profile files and this tccli profile instead of `default`.
    #[must_use]
    pub fn profile(mut self, name: &str) -> Self {
        self.profile = self.profile.profile(name);
        self.tccli = TccliProvider::profile(name);
        self
    }

    pub(crate) fn with_sources(
        lookup: Lookup,
        profile: ProfileProvider,
        tccli: TccliProvider,
        cvm: CvmRoleProvider,
    ) -> Self {
        DefaultChain { lookup, profile, tccli, cvm: Arc::new(cvm), found: tokio::sync::OnceCell::new() }
    }

    /// Long-term keys from the environment or the files, as a role's when a role ARN is set;
    /// `Ok(None)` when there are none. Reads no network.
    pub(crate) fn load_local(&self) -> Result<Option<Arc<dyn ProvideCredentials>>> {
        let env = EnvironmentProvider::with_lookup(self.lookup.clone());
        let Some(keys) = self.first_keys(&env)? else { return Ok(None) };
        Ok(Some(match AssumeRoleProvider::from_lookup(Arc::new(keys.clone()), &self.lookup) {
            Some(role) => Arc::new(role),
            None => Arc::new(keys),
        }))
    }

    fn first_keys(&self, env: &EnvironmentProvider) -> Result<Option<Credentials>> {
        if let Some(keys) = env.load()? {
            return Ok(Some(keys));
        }
        if let Some(keys) = self.profile.load()? {
            return Ok(Some(keys));
        }
        self.tccli.load()
    }

    async fn find(&self) -> Result<Arc<dyn ProvideCredentials>> {
        if let Some(found) = self.load_local()? {
            return Ok(found);
        }
        let cvm = match self.cvm.credentials().await {
            Ok(_) => return Ok(self.cvm.clone()),
            Err(e) => e.message().to_owned(),
        };
        let tke = match WebIdentityProvider::from_lookup(&self.lookup)? {
            Some(tke) => {
                tke.credentials().await?;
                return Ok(Arc::new(tke));
            }
            None => "TKE_* variables not set".to_owned(),
        };
        Err(Error::credentials(format!(
            "no credentials found; looked in: environment variables TENCENTCLOUD_SECRET_ID and \
             TENCENTCLOUD_SECRET_KEY (not set); {} (not found); {} (not found); CVM instance role ({cvm}); \
             TKE OIDC ({tke})",
            self.profile.describe(),
            self.tccli.describe(),
        )))
    }
}

impl ProvideCredentials for DefaultChain {
    fn credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let found = self.found.get_or_try_init(|| self.find()).await?;
            found.credentials().await
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::ErrorKind;
    use crate::credentials::Lookup;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
    }

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> Lookup {
        Arc::new(move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()))
    }

    /// A chain with no tccli file and a metadata service that refuses connections.
    fn chain(lookup: Lookup, profile: ProfileProvider) -> DefaultChain {
        let tccli = TccliProvider::new().path("/nonexistent/tc3/default.credential");
        DefaultChain::with_sources(lookup, profile, tccli, CvmRoleProvider::new().endpoint("http://127.0.0.1:1/"))
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
        let chain = chain(
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
        let chain = chain(vars(&[]), ProfileProvider::new().path(&path));
        assert_eq!(block_on(chain.credentials()).unwrap().secret_id(), "AKIDfile2");
    }

    #[test]
    fn nothing_found_names_every_place_looked() {
        let chain = chain(vars(&[]), ProfileProvider::new().path("/nonexistent/tc3/credentials"));
        let err = block_on(chain.credentials()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Credentials);
        let text = err.to_string();
        assert!(text.contains("TENCENTCLOUD_SECRET_ID"), "{text}");
        for place in ["/nonexistent/tc3/credentials", "tccli file", "CVM instance role", "127.0.0.1:1", "TKE OIDC"] {
            assert!(text.contains(place), "{place} missing from: {text}");
        }
    }

    #[test]
    fn half_set_environment_is_an_error_not_a_fallthrough() {
        let chain = chain(
            vars(&[("TENCENTCLOUD_SECRET_ID", "AKIDenv")]),
            ProfileProvider::new().path("/nonexistent/tc3/credentials"),
        );
        let err = block_on(chain.credentials()).unwrap_err();
        assert!(err.to_string().contains("TENCENTCLOUD_SECRET_KEY is not"), "{err}");
    }

    #[test]
    fn a_role_arn_turns_the_keys_found_into_the_roles() {
        let chain = chain(
            vars(&[
                ("TENCENTCLOUD_SECRET_ID", "AKIDenv"),
                ("TENCENTCLOUD_SECRET_KEY", "ke"),
                ("TENCENTCLOUD_ROLE_ARN", "qcs::cam::uin/1:roleName/ops"),
            ]),
            ProfileProvider::new().path("/nonexistent/tc3/credentials"),
        );
        let found = format!("{:?}", chain.load_local().unwrap().unwrap());
        assert!(found.contains("AssumeRole") && found.contains("roleName/ops"), "{found}");
        assert!(!found.contains("\"ke\""), "the source key stays hidden: {found}");
    }
}
