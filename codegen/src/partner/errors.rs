//! The partner API's `errors.rs`: `ErrorCode`, the service's codes (from
//! `spec/intlpartnersmgt-error-codes.txt`, with the actions listing each) and then the common
//! codes of API 3.0, with the documented waits.

use super::Partner;
use crate::names::variant;

/// The common codes of API 3.0, as the catalogue's `ErrorCode`s read them.
const COMMON: &str = include_str!("../../common-codes.txt");

impl Partner<'_> {
    /// The text of `errors.rs`; `codes` is the error-codes file.
    pub(super) fn errors(&self, codes: &str) -> String {
        let service: Vec<(&str, Vec<&str>)> = codes
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| {
                let (code, actions) = line.split_once('\t').unwrap_or_else(|| panic!("no tab in {line:?}"));
                (code, actions.split(',').map(str::trim).collect())
            })
            .collect();
        let waits = &self.overlay.error_waits;
        let wait = |code: &str| waits.iter().find(|(c, _)| c == code).map(|(_, seconds)| *seconds);
        let common = COMMON.lines().filter(|c| !c.is_empty() && !service.iter().any(|(s, _)| s == c));
        let all: Vec<(&str, String)> = service
            .iter()
            .map(|(code, actions)| (*code, format!("`{code}`, listed by {}.", actions.join(", "))))
            .chain(common.map(|code| (code, format!("`{code}`, a common code of every API 3.0 service."))))
            .collect();
        let mut variants = Vec::new();
        let mut arms = Vec::new();
        let mut names = Vec::new();
        for (code, doc) in &all {
            let name = variant(code);
            let doc = match wait(code) {
                Some(seconds) => format!("{doc} Wait {seconds} s before trying again."),
                None => doc.clone(),
            };
            variants.push(format!("    /// {doc}\n    {name},"));
            arms.push(format!("            \"{code}\" => ErrorCode::{name},"));
            names.push(format!("            ErrorCode::{name} => \"{code}\","));
        }
        let waits = waits
            .iter()
            .map(|(code, seconds)| {
                format!("            ErrorCode::{} => Some(Duration::from_secs({seconds})),", variant(code))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let (variants, arms, names, count) = (variants.join("\n"), arms.join("\n"), names.join("\n"), all.len());
        let header = super::HEADER;
        let service = &self.spec.service;
        let version = &self.spec.version;
        format!(
            r#"//! The error codes this API answers with, typed.

{header}
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// An error code of {service} {version}: the service's own codes and the common
/// codes of API 3.0, with [`ErrorCode::Unknown`] keeping any other code as sent.
///
/// ```
/// use tc3::{service}::ErrorCode;
/// let code: ErrorCode = "FailedOperation.SendVerifyCodeLimit60".parse().unwrap();
/// assert_eq!(code, ErrorCode::FailedOperationSendVerifyCodeLimit60);
/// assert_eq!(code.retry_after(), Some(std::time::Duration::from_secs(60)));
/// assert_eq!(ErrorCode::from("Brand.New").as_str(), "Brand.New");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {{
{variants}
    /// A code not listed above, kept exactly as the service sent it.
    Unknown(String),
}}

impl ErrorCode {{
    /// The {count} codes this type names, for tests and tables.
    pub const KNOWN: usize = {count};

    /// The code of a service answer, or `None` when `error` did not come from the service
    /// (a timeout, a validation failure, ...).
    pub fn of(error: &crate::Error) -> Option<Self> {{
        error.code().map(Self::from)
    }}

    /// The code as the service spells it.
    pub fn as_str(&self) -> &str {{
        match self {{
{names}
            ErrorCode::Unknown(code) => code,
        }}
    }}

    /// How long the service documents to wait before the same call can succeed.
    pub fn retry_after(&self) -> Option<Duration> {{
        match self {{
{waits}
            _ => None,
        }}
    }}
}}

impl From<&str> for ErrorCode {{
    fn from(code: &str) -> Self {{
        match code {{
{arms}
            other => ErrorCode::Unknown(other.to_owned()),
        }}
    }}
}}

impl FromStr for ErrorCode {{
    type Err = std::convert::Infallible;

    fn from_str(code: &str) -> Result<Self, Self::Err> {{
        Ok(Self::from(code))
    }}
}}

impl fmt::Display for ErrorCode {{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
        f.write_str(self.as_str())
    }}
}}

/// `retry_after` of the actions whose errors document a wait.
pub(super) fn documented_wait(code: &str) -> Option<Duration> {{
    ErrorCode::from(code).retry_after()
}}
"#
        )
    }
}
