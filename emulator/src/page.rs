//! The page a person opens at `/_emulator/`: recent requests, accounts created and the
//! inbox, rendered on the server so it reads without scripts.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::clock::datetime;
use crate::inbox::InboxMessage;
use crate::state::Customer;

/// One request as the page lists it.
#[derive(Debug, Clone)]
pub(crate) struct LogEntry {
    pub(crate) at: u64,
    /// The service the call was routed to: `intlpartnersmgt`, `cvm`.
    pub(crate) service: String,
    pub(crate) action: String,
    pub(crate) caller: String,
    /// `OK` or the error code.
    pub(crate) outcome: String,
    pub(crate) latency_us: u64,
}

const STYLE: &str = "body{font:14px system-ui,sans-serif;margin:2em;color:#222}\
    table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}\
    th{background:#f4f4f4}.empty{color:#888}td:nth-child(4){font-family:monospace}";

const REQUEST_COLUMNS: [&str; 6] = ["Time", "Service", "Action", "Caller", "Outcome", "Latency"];
const ACCOUNT_COLUMNS: [&str; 5] = ["Uin", "Name", "Mail", "Phone", "Created"];
const INBOX_COLUMNS: [&str; 5] = ["Sent", "Kind", "To", "Code", "Text"];

/// A titled section with a table of `rows`, or the `empty` line when there are none; every
/// cell is text (maud escapes it).
fn table(id: &str, title: &str, empty: &str, head: &[&str], rows: &[Vec<String>]) -> Markup {
    html! {
        section id=(id) {
            h2 { (title) }
            @if rows.is_empty() {
                p.empty { (empty) }
            } @else {
                table {
                    thead { tr { @for h in head { th { (h) } } } }
                    tbody { @for row in rows { tr { @for cell in row { td { (cell) } } } } }
                }
            }
        }
    }
}

/// The whole page.
pub(crate) fn render(log: &[LogEntry], customers: &[Customer], inbox: &[InboxMessage], started_at: u64) -> String {
    let requests: Vec<Vec<String>> = log
        .iter()
        .rev()
        .map(|e| {
            vec![
                datetime(e.at),
                e.service.clone(),
                e.action.clone(),
                e.caller.clone(),
                e.outcome.clone(),
                format!("{:.1} ms", e.latency_us as f64 / 1000.0),
            ]
        })
        .collect();
    let accounts: Vec<Vec<String>> = customers
        .iter()
        .filter(|c| c.created_at >= started_at)
        .map(|c| {
            vec![
                c.uin.to_string(),
                c.name.clone(),
                c.mail.clone(),
                format!("+{} {}", c.country_code, c.phone),
                datetime(c.created_at),
            ]
        })
        .collect();
    let messages: Vec<Vec<String>> = inbox
        .iter()
        .rev()
        .map(|m| vec![datetime(m.sent_at), m.kind.clone(), m.to.clone(), m.code.clone(), m.text.clone()])
        .collect();
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "tc3 emulator" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "tc3 emulator" }
                p {
                    "Partner API sandbox (intlpartnersmgt 2022-09-28), every other service answered from its spec, since "
                    (datetime(started_at))
                    " UTC. Inbox as JSON: " a href="/_emulator/inbox" { "/_emulator/inbox" } "."
                }
                (table("requests", "Recent requests", "No requests yet.", &REQUEST_COLUMNS, &requests))
                (table("accounts", "Accounts created", "No accounts created yet.", &ACCOUNT_COLUMNS, &accounts))
                (table("inbox", "Inbox", "Nothing sent yet.", &INBOX_COLUMNS, &messages))
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_callers_send_is_shown_as_text_never_as_markup() {
        let entry = LogEntry {
            at: 0,
            service: "cvm".into(),
            action: "<script>alert(1)</script>".into(),
            caller: "AKID".into(),
            outcome: "OK".into(),
            latency_us: 1500,
        };
        let page = render(&[entry], &[], &[], 0);
        assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"));
        assert!(page.contains("1.5 ms") && page.contains("No accounts created yet."));
    }
}
