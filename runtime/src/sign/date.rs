//! The UTC calendar date of a Unix timestamp, as the credential scope needs it.

/// `YYYY-MM-DD` of the UTC day containing `timestamp` (Unix seconds).
#[cfg(test)]
pub(crate) fn utc_date(timestamp: u64) -> String {
    DateBuf::of(timestamp).as_str().to_owned()
}

/// `YYYY-MM-DD` on the stack, for the signing hot path. Years past 9999 are not dates the
/// service accepts; they are written modulo 10000 rather than allocated for. Written by hand,
/// not with a calendar crate, as every signature computes it (`benches/signing.rs`).
#[derive(Clone, Copy)]
pub(crate) struct DateBuf([u8; 10]);

impl DateBuf {
    pub(crate) fn of(timestamp: u64) -> Self {
        let (y, m, d) = civil_from_days(timestamp / 86_400);
        let digit = |n: u64| b'0' + (n % 10) as u8;
        DateBuf([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ])
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and '-' are ever written.
        std::str::from_utf8(&self.0).expect("dates are ASCII")
    }
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::utc_date;

    #[test]
    fn dates_cross_days_months_and_leap_years() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(1_551_113_065), "2019-02-25");
        assert_eq!(utc_date(1_735_689_599), "2024-12-31");
        assert_eq!(utc_date(1_735_689_600), "2025-01-01");
        assert_eq!(utc_date(951_782_400), "2000-02-29");
        assert_eq!(utc_date(4_107_542_400), "2100-03-01");
    }
}
