//! What each rule expects, in words: the third part of a violation and of a compile-time
//! failure. Never mentions the offending value.

use crate::attr::{Bounds, Choices, Literal};

pub(super) const DIGITS: &str = "ASCII digits 0-9 only";
pub(super) const EMAIL: &str = "an email address";
pub(super) const HEADER: &str = "text an HTTP header can carry: visible ASCII, spaces and tabs";

pub(super) fn pattern(source: &str) -> String {
    format!("a match of `{source}`")
}

/// `between 1 and 5 characters`, `at least 1 item`, `at most 100`.
pub(super) fn bounds(bounds: &Bounds, unit: Option<&str>) -> String {
    let unit = |value: &Literal| match unit {
        Some(unit) if matches!(value, Literal::Int { value: 1, .. }) => format!(" {unit}"),
        Some(unit) => format!(" {unit}s"),
        None => String::new(),
    };
    match (&bounds.min, &bounds.max) {
        (Some(min), Some(max)) => format!("between {min} and {max}{}", unit(max)),
        (Some(min), None) => format!("at least {min}{}", unit(min)),
        (None, Some(max)) => format!("at most {max}{}", unit(max)),
        (None, None) => String::from("any value"),
    }
}

/// `one of "7", "380"` or `none of "86"`.
pub(super) fn choices(choices: &Choices, negated: bool) -> String {
    let listed: Vec<String> = choices.values.iter().map(ToString::to_string).collect();
    format!("{} of {}", if negated { "none" } else { "one" }, listed.join(", "))
}
