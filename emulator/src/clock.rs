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

/// The UTC date and time of `unix_secs` (the epoch for times `time` cannot hold).
fn utc(unix_secs: u64) -> time::OffsetDateTime {
    i64::try_from(unix_secs)
        .ok()
        .and_then(|secs| time::OffsetDateTime::from_unix_timestamp(secs).ok())
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// `YYYY-MM-DD HH:MM:SS` in UTC, as the partner API writes times.
pub(crate) fn datetime(unix_secs: u64) -> String {
    let t = utc(unix_secs);
    format!("{} {:02}:{:02}:{:02}", date(unix_secs), t.hour(), t.minute(), t.second())
}

/// `YYYY-MM-DD` in UTC.
pub(crate) fn date(unix_secs: u64) -> String {
    let t = utc(unix_secs);
    format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
}

/// `YYYY-MM` in UTC.
pub(crate) fn month(unix_secs: u64) -> String {
    date(unix_secs)[..7].to_owned()
}

/// An IMF-fixdate for the `Date` header, from which clients learn the server's time.
pub(crate) fn http_date(unix_secs: u64) -> String {
    httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(unix_secs))
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
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(http_date(1_700_000_000), "Tue, 14 Nov 2023 22:13:20 GMT");
    }
}
