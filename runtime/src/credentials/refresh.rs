//! Temporary credentials: cached, refreshed before they expire, one refresh at a time.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::RwLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{Credentials, CredentialsFuture, ProvideCredentials};
use crate::{Error, Result};

/// Refresh this long before expiry at most (the signature window is five minutes).
const REFRESH_AHEAD_SECS: u64 = 300;
/// First wait after a failed refresh; it doubles per failure up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Credentials valid until `expires_at` (Unix seconds).
#[derive(Debug, Clone)]
pub(crate) struct Expiring {
    pub(crate) credentials: Credentials,
    pub(crate) expires_at: u64,
}

/// A boxed future of one fetch of expiring credentials.
pub(crate) type FetchFuture<'a> = Pin<Box<dyn Future<Output = Result<Expiring>> + Send + 'a>>;

/// Where expiring credentials come from: the metadata service, STS, ...
pub(crate) trait Fetch: fmt::Debug + Send + Sync {
    fn fetch(&self) -> FetchFuture<'_>;
}

/// Serves cached expiring credentials from `F`, refreshing them before expiry. However many
/// calls wait, one fetch runs at a time; after a failed fetch, the next waits a backoff, and
/// credentials that have not yet expired keep being served meanwhile.
pub(crate) struct Refreshing<F> {
    fetch: F,
    cached: RwLock<Option<Cached>>,
    refresh: tokio::sync::Mutex<Failures>,
}

#[derive(Clone)]
struct Cached {
    expiring: Expiring,
    refresh_at: u64,
}

#[derive(Default)]
struct Failures {
    count: u32,
    /// On tokio's clock, so that tests with paused time control the backoff.
    retry_at: Option<tokio::time::Instant>,
    last: Option<String>,
}

impl<F: Fetch> Refreshing<F> {
    pub(crate) fn new(fetch: F) -> Self {
        Refreshing { fetch, cached: RwLock::new(None), refresh: tokio::sync::Mutex::new(Failures::default()) }
    }

    /// The source, to configure before first use; drops anything cached.
    pub(crate) fn source_mut(&mut self) -> &mut F {
        *self.cached.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner) = None;
        &mut self.fetch
    }

    fn fresh(&self, now: u64) -> Option<Credentials> {
        let cached = self.cached.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        cached.as_ref().filter(|c| now < c.refresh_at).map(|c| c.expiring.credentials.clone())
    }

    fn unexpired(&self, now: u64) -> Option<Credentials> {
        let cached = self.cached.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        cached.as_ref().filter(|c| now < c.expiring.expires_at).map(|c| c.expiring.credentials.clone())
    }

    async fn get(&self) -> Result<Credentials> {
        if let Some(creds) = self.fresh(unix_now()) {
            return Ok(creds);
        }
        let mut failures = self.refresh.lock().await;
        // Another caller may have refreshed while this one waited for the lock.
        let now = unix_now();
        if let Some(creds) = self.fresh(now) {
            return Ok(creds);
        }
        if failures.retry_at.is_some_and(|at| tokio::time::Instant::now() < at) {
            return self.unexpired(now).ok_or_else(|| backing_off(&self.fetch, &failures));
        }
        match self.fetch.fetch().await {
            Ok(expiring) => {
                let now = unix_now();
                let lifetime = expiring.expires_at.saturating_sub(now);
                let refresh_at = expiring.expires_at - REFRESH_AHEAD_SECS.min(lifetime / 2);
                let creds = expiring.credentials.clone();
                *self.cached.write().unwrap_or_else(std::sync::PoisonError::into_inner) =
                    Some(Cached { expiring, refresh_at });
                *failures = Failures::default();
                Ok(creds)
            }
            Err(e) => {
                let wait = FIRST_BACKOFF.saturating_mul(1 << failures.count.min(6)).min(MAX_BACKOFF);
                failures.count += 1;
                failures.retry_at = Some(tokio::time::Instant::now() + wait);
                failures.last = Some(e.to_string());
                tracing::debug!(source = ?self.fetch, wait_ms = wait.as_millis() as u64, "credentials refresh failed");
                self.unexpired(now).ok_or(e)
            }
        }
    }
}

fn backing_off(fetch: &dyn fmt::Debug, failures: &Failures) -> Error {
    Error::credentials(format!(
        "{fetch:?} failed {} time(s) and is backing off; last error: {}",
        failures.count,
        failures.last.as_deref().unwrap_or("unknown")
    ))
}

impl<F: Fetch> fmt::Debug for Refreshing<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fetch.fmt(f)
    }
}

impl<F: Fetch> ProvideCredentials for Refreshing<F> {
    fn credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.get())
    }
}

pub(crate) fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    /// Hands out `n`-numbered credentials valid for `lifetime` seconds, slowly, failing on demand.
    #[derive(Debug, Default)]
    struct Counter {
        fetches: AtomicU32,
        lifetime: u64,
        fail: std::sync::atomic::AtomicBool,
    }

    impl Fetch for Arc<Counter> {
        fn fetch(&self) -> FetchFuture<'_> {
            Box::pin(async move {
                tokio::time::sleep(Duration::from_millis(20)).await;
                let n = self.fetches.fetch_add(1, Ordering::SeqCst) + 1;
                if self.fail.load(Ordering::SeqCst) {
                    return Err(Error::credentials("metadata service unreachable"));
                }
                Ok(Expiring {
                    credentials: Credentials::new(format!("AKID{n}"), format!("key{n}")).with_token(format!("t{n}")),
                    expires_at: unix_now() + self.lifetime,
                })
            })
        }
    }

    #[tokio::test]
    async fn many_waiting_callers_share_one_fetch() {
        let counter = Arc::new(Counter { lifetime: 3600, ..Counter::default() });
        let provider = Arc::new(Refreshing::new(counter.clone()));
        let calls: Vec<_> = (0..200)
            .map(|_| {
                let p = provider.clone();
                tokio::spawn(async move { p.credentials().await.unwrap().secret_id().to_owned() })
            })
            .collect();
        for call in calls {
            assert_eq!(call.await.unwrap(), "AKID1");
        }
        assert_eq!(counter.fetches.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn expired_credentials_are_never_served() {
        let counter = Arc::new(Counter { lifetime: 0, ..Counter::default() });
        let provider = Refreshing::new(counter.clone());
        assert_eq!(provider.credentials().await.unwrap().secret_id(), "AKID1");
        assert_eq!(provider.credentials().await.unwrap().secret_id(), "AKID2", "expired ones are never served");
    }

    // Paused time: the backoff, not how fast the machine is, decides what the second call gets.
    #[tokio::test(start_paused = true)]
    async fn a_failed_refresh_backs_off_and_keeps_serving_unexpired_credentials() {
        let counter = Arc::new(Counter { lifetime: 3600, ..Counter::default() });
        let provider = Refreshing::new(counter.clone());
        provider.credentials().await.unwrap();
        // Force a refresh: pretend the refresh time has come.
        provider.cached.write().unwrap().as_mut().unwrap().refresh_at = 0;
        counter.fail.store(true, Ordering::SeqCst);
        assert_eq!(provider.credentials().await.unwrap().secret_id(), "AKID1");
        assert_eq!(provider.credentials().await.unwrap().secret_id(), "AKID1");
        assert_eq!(counter.fetches.load(Ordering::SeqCst), 2, "the second call is inside the backoff");
        // Once they expire, the backoff's error is the answer, naming the last failure.
        provider.cached.write().unwrap().as_mut().unwrap().expiring.expires_at = 0;
        let e = provider.credentials().await.unwrap_err();
        assert!(e.to_string().contains("metadata service unreachable"), "{e}");
        assert_eq!(counter.fetches.load(Ordering::SeqCst), 2);
    }
}
