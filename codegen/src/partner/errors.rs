//! The partner API's `errors.rs`: `ErrorCode`, written as the catalogue's is
//! ([`crate::emit::errors`], the runtime's `error_codes!`): the spec's codes with the actions
//! listing each (`spec/intlpartnersmgt-error-codes.txt`), then the common codes of API 3.0;
//! beside it what the partner API adds, the documented waits (`retry_after`) and `KNOWN`.

use std::collections::BTreeMap;

use super::Partner;
use crate::emit::errors::{codes, error_codes_macro, variants};

impl Partner<'_> {
    /// The text of `errors.rs`; `listed` is the error-codes file.
    pub(super) fn errors(&self, listed: &str) -> String {
        let listed: BTreeMap<&str, &str> = listed
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| line.split_once('\t').unwrap_or_else(|| panic!("no tab in {line:?}")))
            .collect();
        let own: Vec<&str> = self.spec.errors.iter().map(String::as_str).collect();
        assert_eq!(
            listed.keys().copied().collect::<Vec<_>>(),
            own,
            "the error-codes file lists other codes than the spec"
        );
        let waits = &self.overlay.error_waits;
        let wait = |code: &str| waits.iter().find(|(c, _)| c == code).map(|(_, seconds)| *seconds);
        let codes = codes(self.spec);
        let documented: Vec<(&str, String)> = codes
            .iter()
            .map(|&(code, common)| {
                let doc = match common {
                    true => format!("`{code}`, a common code of every API 3.0 service."),
                    false => {
                        let actions: Vec<&str> = listed[code].split(',').map(str::trim).collect();
                        format!("`{code}`, listed by {}.", actions.join(", "))
                    }
                };
                let doc = match wait(code) {
                    Some(seconds) => format!("{doc} Wait {seconds} s before trying again."),
                    None => doc,
                };
                (code, doc)
            })
            .collect();
        let (service, version) = (&self.spec.service, &self.spec.version);
        let doc = format!(
            "An error code of {service} {version}: the service's own codes and the common
codes of API 3.0, with [`ErrorCode::Unknown`] keeping any other code as sent.

```
use tc3::{service}::ErrorCode;
let code: ErrorCode = \"FailedOperation.SendVerifyCodeLimit60\".parse().unwrap();
assert_eq!(code, ErrorCode::FailedOperationSendVerifyCodeLimit60);
assert_eq!(code.retry_after(), Some(std::time::Duration::from_secs(60)));
assert_eq!(ErrorCode::from(\"Brand.New\").as_str(), \"Brand.New\");
```"
        );
        let enumeration = error_codes_macro("crate::__private", &doc, &documented);
        let names: BTreeMap<&str, String> =
            codes.iter().map(|(code, _)| *code).zip(variants(codes.iter().map(|(code, _)| *code))).collect();
        let waits = waits
            .iter()
            .map(|(code, seconds)| {
                format!("            ErrorCode::{} => Some(Duration::from_secs({seconds})),", names[code.as_str()])
            })
            .collect::<Vec<_>>()
            .join("\n");
        let (header, count) = (super::HEADER, codes.len());
        format!(
            r#"//! The error codes this API answers with, typed.

{header}
use std::time::Duration;

{enumeration}
impl ErrorCode {{
    /// The {count} codes this type names, for tests and tables.
    pub const KNOWN: usize = {count};

    /// How long the service documents to wait before the same call can succeed.
    pub fn retry_after(&self) -> Option<Duration> {{
        match self {{
{waits}
            _ => None,
        }}
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
