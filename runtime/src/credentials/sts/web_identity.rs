//! `WebIdentityProvider`: a role's temporary credentials for a TKE pod's OIDC token.

use std::path::PathBuf;

use super::actions::AssumeRoleWithWebIdentity;
use super::{DEFAULT_DURATION_SECS, StsTarget, expiring, failed, session_name};
use crate::credentials::refresh::{Fetch, FetchFuture, Refreshing};
use crate::credentials::{CredentialsFuture, Lookup, ProvideCredentials, process_env};
use crate::{Error, Result};

/// Temporary credentials from STS AssumeRoleWithWebIdentity (an unsigned call), for pods of
/// a TKE cluster with OIDC role access. The token file is read again at every refresh, as
/// the cluster rotates it.
#[derive(Debug)]
pub struct WebIdentityProvider {
    inner: Refreshing<WebIdentityFetch>,
}

#[derive(Debug)]
struct WebIdentityFetch {
    provider_id: String,
    token_file: PathBuf,
    role_arn: String,
    target: StsTarget,
}

/// The variables TKE sets in a pod with OIDC role access.
const TKE_VARIABLES: [&str; 4] = ["TKE_REGION", "TKE_PROVIDER_ID", "TKE_WEB_IDENTITY_TOKEN_FILE", "TKE_ROLE_ARN"];

impl WebIdentityProvider {
    /// Assume `role_arn` with the OIDC token in `token_file`, issued by identity provider
    /// `provider_id`, asking STS in `region`.
    pub fn new(
        region: impl Into<String>,
        provider_id: impl Into<String>,
        token_file: impl Into<PathBuf>,
        role_arn: impl Into<String>,
    ) -> Self {
        let target = StsTarget::new(region.into());
        let fetch = WebIdentityFetch {
            provider_id: provider_id.into(),
            token_file: token_file.into(),
            role_arn: role_arn.into(),
            target,
        };
        WebIdentityProvider { inner: Refreshing::new(fetch) }
    }

    /// From `TKE_REGION`, `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE` and `TKE_ROLE_ARN`;
    /// `None` when none is set, an error naming the missing ones when only some are.
    pub fn from_env() -> Result<Option<Self>> {
        Self::from_lookup(&process_env())
    }

    pub(crate) fn from_lookup(lookup: &Lookup) -> Result<Option<Self>> {
        let values: Vec<Option<String>> = TKE_VARIABLES.iter().map(|name| lookup(name)).collect();
        if values.iter().all(Option::is_none) {
            return Ok(None);
        }
        let missing: Vec<&str> =
            TKE_VARIABLES.iter().zip(&values).filter(|(_, v)| v.is_none()).map(|(name, _)| *name).collect();
        match values.as_slice() {
            [Some(region), Some(provider), Some(file), Some(arn)] => Ok(Some(Self::new(region, provider, file, arn))),
            _ => Err(Error::credentials(format!("TKE OIDC is half configured: {} not set", missing.join(", ")))),
        }
    }

    /// Call STS at this full URL instead of `https://sts.intl.tencentcloudapi.com`.
    #[must_use]
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.inner.source_mut().target.set_endpoint(url.into());
        self
    }
}

impl Fetch for WebIdentityFetch {
    fn fetch(&self) -> FetchFuture<'_> {
        Box::pin(async move {
            let fail = |e: Error| failed("AssumeRoleWithWebIdentity", &self.role_arn, e);
            let token = std::fs::read_to_string(&self.token_file).map_err(|e| {
                Error::credentials(format!("cannot read the OIDC token file {}: {e}", self.token_file.display()))
            })?;
            let request = AssumeRoleWithWebIdentity {
                provider_id: self.provider_id.clone(),
                web_identity_token: token.trim().to_owned(),
                role_arn: self.role_arn.clone(),
                role_session_name: session_name("tc3-tke"),
                duration_seconds: Some(DEFAULT_DURATION_SECS),
            };
            let client = self.target.client(None).map_err(fail)?;
            let answer = client.call(request).await.map_err(fail)?;
            Ok(expiring(answer))
        })
    }
}

impl ProvideCredentials for WebIdentityProvider {
    fn credentials(&self) -> CredentialsFuture<'_> {
        self.inner.credentials()
    }
}
