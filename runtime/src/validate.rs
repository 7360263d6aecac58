//! Violations of the rules checked before a request is signed.

use std::fmt;

/// One broken rule: which wire field, which rule, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    field: String,
    rule: &'static str,
    expected: String,
}

impl Violation {
    /// A violation of `rule` by the wire field `field` (a path such as `Filters[0].Name`).
    pub fn new(field: impl Into<String>, rule: &'static str, expected: impl Into<String>) -> Self {
        Violation { field: field.into(), rule, expected: expected.into() }
    }

    /// The wire path of the field, e.g. `CountryCode` or `Filters[0].Name`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule's name as written in the attribute: `length`, `digits`, `one_of`, ...
    pub fn rule(&self) -> &'static str {
        self.rule
    }

    /// What the rule expects, in words; never contains the offending value.
    pub fn expected(&self) -> &str {
        &self.expected
    }

    /// The same violation with its field path prefixed, for rules checked in nested objects.
    pub fn within(mut self, parent: &str) -> Self {
        self.field = if self.field.starts_with('[') {
            format!("{parent}{}", self.field)
        } else {
            format!("{parent}.{}", self.field)
        };
        self
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} breaks `{}`: {}", self.field, self.rule, self.expected)
    }
}
