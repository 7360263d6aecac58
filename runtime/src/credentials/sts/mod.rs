//! Credentials from STS: AssumeRole for a caller with long-term keys, and
//! AssumeRoleWithWebIdentity for a TKE pod holding an OIDC token.

mod actions;
mod assume_role;
mod web_identity;

use std::sync::{Arc, OnceLock};

pub use assume_role::AssumeRoleProvider;
pub use web_identity::WebIdentityProvider;

use super::refresh::Expiring;
use super::{Credentials, ProvideCredentials};
use crate::{Client, Error, Result};
use actions::AssumeRoleResponse;

/// STS answers in every region; the official SDKs ask this one unless told otherwise.
const DEFAULT_REGION: &str = "ap-guangzhou";
/// Lifetime asked for, in seconds (the official SDKs' default).
const DEFAULT_DURATION_SECS: u64 = 7200;

/// Where and how STS is called, and the client that calls it (built at first use); shared
/// by both providers.
#[derive(Debug)]
struct StsTarget {
    region: String,
    endpoint: Option<String>,
    client: OnceLock<Client>,
}

impl StsTarget {
    fn new(region: String) -> Self {
        StsTarget { region, endpoint: None, client: OnceLock::new() }
    }

    fn set_region(&mut self, region: String) {
        self.region = region;
        self.client = OnceLock::new();
    }

    fn set_endpoint(&mut self, url: String) {
        self.endpoint = Some(url);
        self.client = OnceLock::new();
    }

    /// The client for STS, signing with `source`, or sending unsigned when `source` is `None`.
    fn client(&self, source: Option<&Arc<dyn ProvideCredentials>>) -> Result<&Client> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let client = self.build_client(source.cloned())?;
        Ok(self.client.get_or_init(|| client))
    }

    fn build_client(&self, source: Option<Arc<dyn ProvideCredentials>>) -> Result<Client> {
        let mut builder = Client::builder().region(&self.region);
        if let Some(endpoint) = &self.endpoint {
            builder = builder.endpoint(endpoint);
        }
        builder = match source {
            Some(source) => builder.credentials_provider(SharedProvider(source)),
            None => builder.unsigned(),
        };
        builder.build()
    }
}

/// An `Arc`'d provider handed to a client builder.
#[derive(Debug)]
struct SharedProvider(Arc<dyn ProvideCredentials>);

impl ProvideCredentials for SharedProvider {
    fn credentials(&self) -> super::CredentialsFuture<'_> {
        self.0.credentials()
    }
}

fn expiring(answer: AssumeRoleResponse) -> Expiring {
    let c = answer.credentials;
    Expiring {
        credentials: Credentials::new(c.tmp_secret_id, c.tmp_secret_key).with_token(c.token),
        expires_at: answer.expired_time,
    }
}

/// A failed STS call as a credentials error that keeps STS's code and request id, and the
/// failure itself as its source.
fn failed(action: &str, role_arn: &str, e: Error) -> Error {
    let (code, request_id) = (e.code().map(str::to_owned), e.request_id().map(str::to_owned));
    Error::credentials(format!("STS {action} of role `{role_arn}` failed: {}", e.message()))
        .with_code(code)
        .with_request_id(request_id)
        .with_source(e)
}

/// A session name unique to this process and moment, as the official SDKs make them.
fn session_name(prefix: &str) -> String {
    let micros = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_micros());
    format!("{prefix}-{micros}")
}
