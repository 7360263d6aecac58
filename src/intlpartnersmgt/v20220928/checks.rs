//! Rules of this API that the derive's built-in rules cannot express.

use crate::Violation;

/// The symbols a password may use, at least one of them.
const PASSWORD_SYMBOLS: &str = "!@#$%^&*()";

/// CreateAccount.Password: a letter, a digit and one of `!@#$%^&*()`, and no spaces.
pub(super) fn password(value: &str) -> Result<(), String> {
    let has_letter = value.chars().any(|c| c.is_ascii_alphabetic());
    let has_digit = value.chars().any(|c| c.is_ascii_digit());
    let has_symbol = value.chars().any(|c| PASSWORD_SYMBOLS.contains(c));
    if has_letter && has_digit && has_symbol && !value.chars().any(char::is_whitespace) {
        Ok(())
    } else {
        Err(format!("a letter, a digit, one of `{PASSWORD_SYMBOLS}` and no spaces"))
    }
}

/// CreateAccount.CustomerName: a name, not a number.
pub(super) fn not_only_digits(value: &str) -> Result<(), String> {
    if value.chars().all(|c| c.is_ascii_digit()) { Err("a name that is not only digits".to_owned()) } else { Ok(()) }
}

/// CreateAccount: ConfirmPassword repeats Password.
pub(super) fn passwords_match(request: &super::CreateAccount) -> Result<(), Violation> {
    if request.password == request.confirm_password {
        Ok(())
    } else {
        Err(Violation::new("ConfirmPassword", "custom", "the same text as Password"))
    }
}

/// DescribeCustomerOwnCostExplorerFilter: a period the service can analyse.
pub(super) fn filter_period(request: &super::DescribeCustomerOwnCostExplorerFilter) -> Result<(), Violation> {
    period(&request.start_time, &request.end_time, &request.period_type)
}

/// DescribeCustomerOwnCostExplorerSummary: a period the service can analyse.
pub(super) fn summary_period(request: &super::DescribeCustomerOwnCostExplorerSummary) -> Result<(), Violation> {
    period(&request.start_time, &request.end_time, &request.period_type)
}

/// EndTime not before StartTime, spanning at most 6 calendar months by month or 2 by day.
/// Malformed times and period types are left to the fields' own rules.
fn period(start: &str, end: &str, period_type: &str) -> Result<(), Violation> {
    let (Some(from), Some(to)) = (month_index(start), month_index(end)) else { return Ok(()) };
    if end < start {
        return Err(Violation::new("EndTime", "custom", "a time not before StartTime"));
    }
    let limit = match period_type {
        "month" => 6,
        "day" => 2,
        _ => return Ok(()),
    };
    if to - from + 1 > limit {
        return Err(Violation::new(
            "EndTime",
            "custom",
            format!("at most {limit} calendar months after StartTime by {period_type}"),
        ));
    }
    Ok(())
}

/// Months since year 0 of `YYYY-MM-DD hh:mm:ss`.
fn month_index(time: &str) -> Option<i64> {
    let year: i64 = time.get(0..4)?.parse().ok()?;
    let month: i64 = time.get(5..7)?.parse().ok()?;
    Some(year * 12 + month)
}

/// The download actions: files exist from June 2022 on (`YYYY-MM` compares as text).
pub(super) fn downloadable_month(month: &str) -> Result<(), String> {
    if month < "2022-06" { Err("a month from 2022-06 on".to_owned()) } else { Ok(()) }
}
