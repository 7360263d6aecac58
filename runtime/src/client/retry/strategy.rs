//! How a call is tried again once the classifier allows it: how many times, how long to
//! wait, and a budget that stops retry storms.

use std::sync::Mutex;
use std::time::Duration;

/// Default number of attempts of one call, the first included.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 4;
/// Default upper bound of the first backoff; it doubles per retry, with full jitter.
pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(100);
/// Default cap of any one backoff.
pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Tokens in a full retry budget; a retry spends [`RETRY_COST`], a success earns one back.
const BUDGET_CAPACITY: u32 = 500;
const RETRY_COST: u32 = 5;

/// A token bucket shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct Budget {
    tokens: Mutex<u32>,
}

impl Default for Budget {
    fn default() -> Self {
        Budget { tokens: Mutex::new(BUDGET_CAPACITY) }
    }
}

impl Budget {
    /// Takes the cost of one retry; `false` when the budget is spent.
    pub(crate) fn try_spend(&self) -> bool {
        let mut tokens = self.tokens.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if *tokens < RETRY_COST {
            return false;
        }
        *tokens -= RETRY_COST;
        true
    }

    /// Gives one token back after a success.
    pub(crate) fn earn(&self) {
        let mut tokens = self.tokens.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *tokens = (*tokens + 1).min(BUDGET_CAPACITY);
    }
}

/// Backoff before retry number `retry` (1 for the first): a uniform draw in
/// `[0, min(max, initial * 2^(retry-1))]` ("full jitter").
pub(crate) fn backoff(retry: u32, initial: Duration, max: Duration) -> Duration {
    let ceiling = initial.saturating_mul(1u32 << (retry - 1).min(20)).min(max);
    let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
    Duration::from_nanos(fastrand::u64(..=nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_under_its_doubling_ceiling_and_the_cap() {
        let (initial, max) = (Duration::from_millis(100), Duration::from_secs(1));
        for _ in 0..1000 {
            assert!(backoff(1, initial, max) <= initial);
            assert!(backoff(3, initial, max) <= Duration::from_millis(400));
            assert!(backoff(30, initial, max) <= max);
        }
    }

    #[test]
    fn budget_runs_out_and_refills_on_success() {
        let budget = Budget::default();
        let spent = (0..1000).take_while(|_| budget.try_spend()).count();
        assert_eq!(spent, (BUDGET_CAPACITY / RETRY_COST) as usize);
        for _ in 0..RETRY_COST {
            budget.earn();
        }
        assert!(budget.try_spend());
    }
}
