//! `WaitOptions`: the delays between a waiter's polls, and the options of each poll.

use std::time::Duration;

use crate::{CallOptions, Error, Result};

/// Default shortest delay between two polls of a waiter.
pub const DEFAULT_MIN_DELAY: Duration = Duration::from_secs(5);
/// Default longest delay between two polls of a waiter.
pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(60);
/// The last poll starts this long before the deadline (or one shortest delay, when shorter),
/// so that its answer still counts.
pub(super) const LAST_POLL_MARGIN: Duration = Duration::from_secs(1);

/// Settings of one wait, for [`Client::wait_with`](crate::Client::wait_with): the delays
/// between polls and the [`CallOptions`] of each poll.
///
/// The delay after poll `n` (0 for the first) is drawn at random from
/// `[max(min, c/2), c]`, `c = min(max, min * 2^n)`: it grows from the shortest delay to the
/// longest, jittered so that many waits started together spread out.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub struct WaitOptions {
    min_delay: Duration,
    max_delay: Duration,
    call: CallOptions,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions { min_delay: DEFAULT_MIN_DELAY, max_delay: DEFAULT_MAX_DELAY, call: CallOptions::new() }
    }
}

impl WaitOptions {
    /// The defaults: delays from [`DEFAULT_MIN_DELAY`] to [`DEFAULT_MAX_DELAY`], each poll
    /// with the client's settings.
    pub fn new() -> Self {
        WaitOptions::default()
    }

    /// Shortest delay between two polls, more than zero. Default [`DEFAULT_MIN_DELAY`].
    pub fn min_delay(mut self, delay: Duration) -> Self {
        self.min_delay = delay;
        self
    }

    /// Longest delay between two polls, at least the shortest. Default [`DEFAULT_MAX_DELAY`].
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Settings of each poll (region, timeouts, attempts), as
    /// [`Client::call_with`](crate::Client::call_with) takes them. Default: the client's.
    pub fn call_options(mut self, options: CallOptions) -> Self {
        self.call = options;
        self
    }

    pub(super) fn call(&self) -> &CallOptions {
        &self.call
    }

    /// The options, or why they cannot be used.
    pub(super) fn check(&self) -> Result<()> {
        if self.min_delay.is_zero() {
            return Err(Error::config("WaitOptions::min_delay must be more than zero"));
        }
        if self.min_delay > self.max_delay {
            return Err(Error::config(format!(
                "WaitOptions::min_delay ({:?}) is more than max_delay ({:?})",
                self.min_delay, self.max_delay
            )));
        }
        Ok(())
    }

    /// The delay after poll `poll` (0 for the first).
    pub(super) fn delay(&self, poll: u32) -> Duration {
        let ceiling = self.min_delay.saturating_mul(1u32 << poll.min(20)).min(self.max_delay);
        let floor = (ceiling / 2).max(self.min_delay);
        floor + (ceiling - floor).mul_f64(fastrand::f64())
    }

    /// How long before the deadline the last poll starts.
    pub(super) fn last_poll_margin(&self) -> Duration {
        LAST_POLL_MARGIN.min(self.min_delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_from_the_shortest_to_the_longest() {
        let options = WaitOptions::new();
        assert_eq!(options.delay(0), DEFAULT_MIN_DELAY);
        for _ in 0..200 {
            let delays: Vec<Duration> = (0..12).map(|poll| options.delay(poll)).collect();
            assert!(delays.iter().all(|d| (DEFAULT_MIN_DELAY..=DEFAULT_MAX_DELAY).contains(d)), "{delays:?}");
            assert!((Duration::from_secs(5)..=Duration::from_secs(10)).contains(&delays[1]));
            assert!(delays[8] >= Duration::from_secs(30), "{delays:?}");
        }
        assert!(WaitOptions::new().min_delay(Duration::ZERO).check().is_err());
        assert!(WaitOptions::new().min_delay(Duration::from_secs(61)).check().is_err());
        assert!(WaitOptions::new().min_delay(Duration::from_secs(60)).check().is_ok());
    }
}
