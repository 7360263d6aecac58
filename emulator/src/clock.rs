//! The emulator's sense of time: the system clock, or a manual one tests move by hand so
//! that a 60-second SMS interval or a new day takes no real time.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Unix time as the emulator sees it; clones share one clock.
#[derive(Debug, Clone)]
pub struct Clock(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    manual: AtomicBool,
    /// Milliseconds since the epoch while manual.
    millis: AtomicU64,
}

impl Clock {
    /// The machine's clock.
    pub fn system() -> Self {
        Clock(Arc::new(Inner { manual: AtomicBool::new(false), millis: AtomicU64::new(0) }))
    }

    /// A clock that stands still at `unix_secs` until advanced.
    pub fn manual(unix_secs: u64) -> Self {
        Clock(Arc::new(Inner { manual: AtomicBool::new(true), millis: AtomicU64::new(unix_secs * 1000) }))
    }

    /// A manual clock starting at the machine's current time.
    pub fn manual_now() -> Self {
        Self::manual(system_millis() / 1000)
    }

    /// Unix seconds.
    pub fn now(&self) -> u64 {
        self.now_millis() / 1000
    }

    /// Unix milliseconds.
    pub fn now_millis(&self) -> u64 {
        if self.0.manual.load(Ordering::Relaxed) { self.0.millis.load(Ordering::Relaxed) } else { system_millis() }
    }

    /// Moves a manual clock forward; a system clock switches to manual at its current time first.
    pub fn advance(&self, by: Duration) {
        if !self.0.manual.swap(true, Ordering::Relaxed) {
            self.0.millis.store(system_millis(), Ordering::Relaxed);
        }
        let by = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        self.0.millis.fetch_add(by, Ordering::Relaxed);
    }
}

fn system_millis() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// `YYYY-MM-DD hh:mm:ss` in UTC, the API's time format.
pub(crate) fn datetime(unix_secs: u64) -> String {
    let (y, m, d) = civil_from_days(unix_secs / 86_400);
    let s = unix_secs % 86_400;
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// `YYYY-MM` in UTC.
pub(crate) fn month(unix_secs: u64) -> String {
    let (y, m, _) = civil_from_days(unix_secs / 86_400);
    format!("{y:04}-{m:02}")
}

/// An IMF-fixdate for the `Date` header, from which clients learn the server's time.
pub(crate) fn http_date(unix_secs: u64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let days = unix_secs / 86_400;
    let (y, m, d) = civil_from_days(days);
    let s = unix_secs % 86_400;
    format!(
        "{}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
        DAYS[(days % 7) as usize],
        MONTHS[(m - 1) as usize],
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// (year, month, day) of days since 1970-01-01 (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + u64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_advanced() {
        let clock = Clock::manual(1_700_000_000);
        assert_eq!(clock.now(), 1_700_000_000);
        clock.advance(Duration::from_secs(61));
        assert_eq!(clock.now(), 1_700_000_061);
    }

    #[test]
    fn formats_utc_dates() {
        assert_eq!(datetime(1_700_000_000), "2023-11-14 22:13:20");
        assert_eq!(month(1_700_000_000), "2023-11");
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(http_date(1_700_000_000), "Tue, 14 Nov 2023 22:13:20 GMT");
    }
}
