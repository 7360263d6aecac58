//! `ProviderChain`: the user's own order of credential sources.

use super::{CredentialsFuture, ProvideCredentials};
use crate::Error;

/// Asks each provider in turn and uses the first that answers; fails naming what each said.
#[derive(Debug, Default)]
pub struct ProviderChain {
    providers: Vec<Box<dyn ProvideCredentials>>,
}

impl ProviderChain {
    /// An empty chain; add providers with [`or`](Self::or).
    pub fn new() -> Self {
        Self::default()
    }

    /// Try `provider` after the ones already added.
    #[must_use]
    pub fn or(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.providers.push(Box::new(provider));
        self
    }
}

impl ProvideCredentials for ProviderChain {
    fn credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let mut tried = Vec::with_capacity(self.providers.len());
            for provider in &self.providers {
                match provider.credentials().await {
                    Ok(creds) => return Ok(creds),
                    Err(e) => tried.push(format!("{provider:?}: {}", e.message())),
                }
            }
            Err(Error::credentials(format!("no provider of the chain answered; tried: {}", tried.join("; "))))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Credentials, EnvironmentProvider, ProfileProvider};

    #[tokio::test]
    async fn first_answer_wins_and_a_total_failure_lists_every_provider() {
        let missing = ProfileProvider::new().path("/nonexistent/a");
        let chain = ProviderChain::new().or(missing.clone()).or(Credentials::new("AKIDsecond", "k"));
        assert_eq!(chain.credentials().await.unwrap().secret_id(), "AKIDsecond");

        let env = EnvironmentProvider::with_lookup(std::sync::Arc::new(|_: &str| None));
        let e = ProviderChain::new().or(missing).or(env).credentials().await.unwrap_err();
        let text = e.to_string();
        assert!(text.contains("/nonexistent/a") && text.contains("TENCENTCLOUD_SECRET_ID"), "{text}");
    }
}
