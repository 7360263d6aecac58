//! Client-side pacing per action, so a burst never exceeds the rate the service allows.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Start times of requests, spaced so that no second holds more than `rate` of one action.
/// Shared by every clone of a client.
#[derive(Debug, Default)]
pub(crate) struct RateLimiter {
    next_free: Mutex<HashMap<(&'static str, &'static str), Instant>>,
}

impl RateLimiter {
    /// Waits until `action` of `service` may start under `rate` requests per second.
    ///
    /// Each caller reserves the next free slot before sleeping, so concurrent callers queue
    /// in order and a cancelled caller only wastes its slot.
    pub(crate) async fn acquire(&self, service: &'static str, action: &'static str, rate: u32) {
        let interval = Duration::from_secs(1) / rate.max(1);
        let start = {
            let mut slots = self.next_free.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let now = Instant::now();
            let slot = slots.entry((service, action)).or_insert(now);
            let start = (*slot).max(now);
            *slot = start + interval;
            start
        };
        tokio::time::sleep_until(start).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_burst_is_spaced_to_the_rate_and_actions_do_not_share_slots() {
        let limiter = RateLimiter::default();
        let begin = tokio::time::Instant::now();
        for _ in 0..21 {
            limiter.acquire("svc", "Slow", 20).await;
        }
        assert_eq!(begin.elapsed(), Duration::from_millis(1000));
        let other = tokio::time::Instant::now();
        limiter.acquire("svc", "Other", 20).await;
        assert_eq!(other.elapsed(), Duration::ZERO);
    }
}
