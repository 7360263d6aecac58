//! `AssumeRoleProvider`: a role's temporary credentials, bought with long-term ones.

use std::sync::Arc;

use super::actions::AssumeRole;
use super::{DEFAULT_DURATION_SECS, DEFAULT_REGION, StsTarget, expiring, failed, session_name};
use crate::credentials::refresh::{Fetch, FetchFuture, Refreshing};
use crate::credentials::{CredentialsFuture, Lookup, ProvideCredentials, process_env};

/// Temporary credentials of a CAM role from STS AssumeRole, signed with `source`'s
/// credentials, cached and refreshed before they expire.
#[derive(Debug)]
pub struct AssumeRoleProvider {
    inner: Refreshing<AssumeRoleFetch>,
}

#[derive(Debug)]
struct AssumeRoleFetch {
    source: Arc<dyn ProvideCredentials>,
    request: AssumeRole,
    target: StsTarget,
}

impl AssumeRoleProvider {
    /// Assume `role_arn` (`qcs::cam::uin/<uin>:roleName/<name>`) as session `session_name`.
    pub fn new(
        source: impl ProvideCredentials + 'static,
        role_arn: impl Into<String>,
        session_name: impl Into<String>,
    ) -> Self {
        Self::with_source(Arc::new(source), role_arn.into(), session_name.into())
    }

    /// From `TENCENTCLOUD_ROLE_ARN` and `TENCENTCLOUD_ROLE_SESSION_NAME` (default: a unique
    /// `tc3-<micros>` name), with STS asked in `TENCENTCLOUD_REGION` when set; `None` when
    /// no role ARN is set.
    pub fn from_env(source: impl ProvideCredentials + 'static) -> Option<Self> {
        Self::from_lookup(Arc::new(source), &process_env())
    }

    pub(crate) fn from_lookup(source: Arc<dyn ProvideCredentials>, lookup: &Lookup) -> Option<Self> {
        let arn = lookup("TENCENTCLOUD_ROLE_ARN")?;
        let session = lookup("TENCENTCLOUD_ROLE_SESSION_NAME").unwrap_or_else(|| session_name("tc3"));
        let provider = Self::with_source(source, arn, session);
        Some(match lookup("TENCENTCLOUD_REGION") {
            Some(region) => provider.region(region),
            None => provider,
        })
    }

    fn with_source(source: Arc<dyn ProvideCredentials>, role_arn: String, role_session_name: String) -> Self {
        let request = AssumeRole { role_arn, role_session_name, duration_seconds: Some(DEFAULT_DURATION_SECS) };
        let fetch = AssumeRoleFetch { source, request, target: StsTarget::new(DEFAULT_REGION.to_owned()) };
        AssumeRoleProvider { inner: Refreshing::new(fetch) }
    }

    /// Ask for credentials valid this many seconds (up to 43200). Default: 7200.
    #[must_use]
    pub fn duration_seconds(mut self, seconds: u64) -> Self {
        self.inner.source_mut().request.duration_seconds = Some(seconds);
        self
    }

    /// Region sent to STS. Default: `ap-guangzhou`, as the official SDKs.
    #[must_use]
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.inner.source_mut().target.set_region(region.into());
        self
    }

    /// Call STS at this full URL instead of `https://sts.intl.tencentcloudapi.com`.
    #[must_use]
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.inner.source_mut().target.set_endpoint(url.into());
        self
    }
}

impl Fetch for AssumeRoleFetch {
    fn fetch(&self) -> FetchFuture<'_> {
        Box::pin(async move {
            let arn = &self.request.role_arn;
            let client = self.target.client(Some(&self.source)).map_err(|e| failed("AssumeRole", arn, e))?;
            let answer = client.call(self.request.clone()).await.map_err(|e| failed("AssumeRole", arn, e))?;
            Ok(expiring(answer))
        })
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn credentials(&self) -> CredentialsFuture<'_> {
        self.inner.credentials()
    }
}
