//! Doc comments, written from facts only: what a member is on the wire, its example, where
//! the action is documented.

use std::fmt::Write;

use crate::spec::Site;

/// `text` as an inline code span, fenced with more backticks than it holds.
pub(crate) fn code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The action's page in the official API Explorer: the mainland site's console for an action
/// only it has, the international site's otherwise.
pub(crate) fn explorer(service: &str, version: &str, action: &str, site: Option<Site>) -> String {
    let console = match site {
        Some(Site::Mainland) => "console.cloud.tencent.com",
        _ => "console.tencentcloud.com",
    };
    format!("https://{console}/api/explorer?Product={service}&Version={version}&Action={action}")
}

/// What a value of this spec type looks like, when its Rust type does not say.
pub(crate) fn format_of(item: &str) -> Option<&'static str> {
    match item {
        "date" => Some("A date, `YYYY-MM-DD`."),
        "datetime" => Some("A date and time, `YYYY-MM-DD hh:mm:ss`."),
        "datetime_iso" => Some("A date and time, ISO 8601."),
        _ => None,
    }
}

/// Writes `lines` as `///` comments at `indent`.
pub(crate) fn write(out: &mut String, indent: &str, lines: &[String]) {
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::code;

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code("ins-1"), "`ins-1`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
    }
}
