//! The server's clock, learned from `Date` headers, so a skewed local clock still signs
//! timestamps the server accepts.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Offsets smaller than this are noise of the `Date` header's one-second precision.
const IGNORED_SKEW_SECS: i64 = 30;

/// Seconds to add to the local clock; shared by every clone of a client.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    offset: AtomicI64,
}

impl Clock {
    /// Unix seconds as the server counts them, as far as we know.
    pub(crate) fn now(&self) -> u64 {
        local_now().saturating_add_signed(self.offset.load(Ordering::Relaxed))
    }

    /// Learns the offset from a `Date` header; returns whether it changed.
    pub(crate) fn observe(&self, date_header: &str) -> bool {
        let Some(server) = parse_http_date(date_header) else { return false };
        let skew = i64::try_from(server).unwrap_or(i64::MAX).saturating_sub(i64::try_from(local_now()).unwrap_or(0));
        let offset = if skew.abs() < IGNORED_SKEW_SECS { 0 } else { skew };
        self.offset.swap(offset, Ordering::Relaxed) != offset
    }

    /// Shifts the local clock, as a test's stand-in for a machine whose clock is wrong.
    #[cfg(test)]
    pub(crate) fn set_offset(&self, offset: i64) {
        self.offset.store(offset, Ordering::Relaxed);
    }
}

fn local_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Unix seconds of a `Date` header (an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT`,
/// or the obsolete forms RFC 9110 still accepts).
pub(crate) fn parse_http_date(text: &str) -> Option<u64> {
    let at = httpdate::parse_http_date(text).ok()?;
    at.duration_since(UNIX_EPOCH).ok().map(|d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_imf_fixdate() {
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(parse_http_date("Tue, 31 Dec 2024 23:59:59 GMT"), Some(1_735_689_599));
        assert_eq!(parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT"), Some(1_709_164_800));
        for bad in ["", "yesterday", "Sun, 06 Nov 1994 08:49:37 CET", "Sun, 06 Foo 1994 08:49:37 GMT"] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn learns_a_large_skew_and_ignores_a_small_one() {
        let clock = Clock::default();
        let ten_minutes_ahead = local_now() + 600;
        assert!(clock.observe(&format_date(ten_minutes_ahead)));
        assert!(clock.now().abs_diff(ten_minutes_ahead) <= 2);
        assert!(clock.observe(&format_date(local_now() + 3)));
        assert!(clock.now().abs_diff(local_now()) <= 1);
        clock.set_offset(-600);
        assert!(local_now() - clock.now() >= 599);
    }

    fn format_date(unix: u64) -> String {
        httpdate::fmt_http_date(UNIX_EPOCH + std::time::Duration::from_secs(unix))
    }
}
