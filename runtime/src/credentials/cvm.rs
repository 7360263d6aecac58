//! Credentials of the role bound to a CVM instance, from the instance metadata service.

use std::time::Duration;

use serde::Deserialize;

use super::refresh::{Expiring, Fetch, FetchFuture, Refreshing};
use super::{Credentials, CredentialsFuture, ProvideCredentials};
use crate::{Error, Result};

/// The metadata service every CVM instance reaches.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://metadata.tencentyun.com/latest/meta-data/";
const ROLES_PATH: &str = "cam/security-credentials/";

/// Temporary credentials of the instance's CAM role, refreshed before they expire.
///
/// The role is discovered from the metadata service unless named with [`role`](Self::role).
#[derive(Debug)]
pub struct CvmRoleProvider {
    inner: Refreshing<MetadataFetch>,
}

#[derive(Debug)]
struct MetadataFetch {
    endpoint: String,
    role: Option<String>,
    http: reqwest::Client,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RoleCredentials {
    code: String,
    tmp_secret_id: Option<String>,
    tmp_secret_key: Option<String>,
    token: Option<String>,
    expired_time: Option<u64>,
}

impl Default for CvmRoleProvider {
    fn default() -> Self {
        Self::with(DEFAULT_METADATA_ENDPOINT.to_owned(), None)
    }
}

impl CvmRoleProvider {
    /// The instance's role, discovered from [`DEFAULT_METADATA_ENDPOINT`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Ask this metadata endpoint instead (a URL ending in `/latest/meta-data/`).
    #[must_use]
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        let mut url = url.into();
        if !url.ends_with('/') {
            url.push('/');
        }
        self.inner.source_mut().endpoint = url;
        self
    }

    /// Use this role instead of discovering it.
    #[must_use]
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.inner.source_mut().role = Some(role.into());
        self
    }

    fn with(endpoint: String, role: Option<String>) -> Self {
        // The metadata service answers in milliseconds or not at all (off a CVM instance).
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(1))
            .timeout(Duration::from_secs(5))
            .no_proxy()
            .build()
            .unwrap_or_default();
        CvmRoleProvider { inner: Refreshing::new(MetadataFetch { endpoint, role, http }) }
    }
}

impl MetadataFetch {
    async fn get(&self, url: &str) -> Result<String> {
        let failed = |why: String| Error::credentials(format!("CVM metadata service at {url}: {why}"));
        let response = self.http.get(url).send().await.map_err(|e| failed(e.to_string()))?;
        let status = response.status();
        let text = response.text().await.map_err(|e| failed(e.to_string()))?;
        if !status.is_success() {
            return Err(failed(format!("HTTP {}", status.as_u16())));
        }
        Ok(text)
    }

    async fn role_name(&self) -> Result<String> {
        if let Some(role) = &self.role {
            return Ok(role.clone());
        }
        let listing = self.get(&format!("{}{ROLES_PATH}", self.endpoint)).await?;
        listing
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| Error::credentials("no CAM role is bound to this CVM instance"))
    }
}

impl Fetch for MetadataFetch {
    fn fetch(&self) -> FetchFuture<'_> {
        Box::pin(async move {
            let role = self.role_name().await?;
            let body = self.get(&format!("{}{ROLES_PATH}{role}", self.endpoint)).await?;
            let parsed: RoleCredentials = serde_json::from_str(&body)
                .map_err(|e| Error::credentials(format!("CVM role credentials of `{role}` are not readable: {e}")))?;
            match parsed {
                RoleCredentials {
                    code,
                    tmp_secret_id: Some(id),
                    tmp_secret_key: Some(key),
                    token: Some(token),
                    expired_time: Some(expires_at),
                } if code == "Success" => {
                    Ok(Expiring { credentials: Credentials::new(id, key).with_token(token), expires_at })
                }
                RoleCredentials { code, .. } => {
                    Err(Error::credentials(format!("CVM role credentials of `{role}` refused: Code `{code}`")))
                }
            }
        })
    }
}

impl ProvideCredentials for CvmRoleProvider {
    fn credentials(&self) -> CredentialsFuture<'_> {
        self.inner.credentials()
    }
}
