//! The page a person opens at `/_emulator/`: recent requests, accounts created and the
//! inbox, rendered on the server so it reads without scripts.

use std::fmt::Write;

use crate::clock::datetime;
use crate::inbox::InboxMessage;
use crate::state::Customer;

/// One request as the page lists it.
#[derive(Debug, Clone)]
pub(crate) struct LogEntry {
    pub(crate) at: u64,
    pub(crate) action: String,
    pub(crate) caller: String,
    /// `OK` or the error code.
    pub(crate) outcome: String,
    pub(crate) latency_us: u64,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn table(out: &mut String, id: &str, title: &str, empty: &str, head: &[&str], rows: &[Vec<String>]) {
    let _ = write!(out, "<section id=\"{id}\"><h2>{title}</h2>");
    if rows.is_empty() {
        let _ = write!(out, "<p class=\"empty\">{empty}</p></section>");
        return;
    }
    out.push_str("<table><thead><tr>");
    for h in head {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
}

/// The whole page.
pub(crate) fn render(log: &[LogEntry], customers: &[Customer], inbox: &[InboxMessage], started_at: u64) -> String {
    let mut out = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>tc3 emulator</title>\
         <style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:1em}\
         th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f4f4f4}.empty{color:#888}\
         td:nth-child(4){font-family:monospace}</style></head><body><h1>tc3 emulator</h1>",
    );
    let _ = write!(
        out,
        "<p>Partner API sandbox (intlpartnersmgt 2022-09-28) since {} UTC. Inbox as JSON: \
         <a href=\"/_emulator/inbox\">/_emulator/inbox</a>.</p>",
        datetime(started_at)
    );
    let requests: Vec<Vec<String>> = log
        .iter()
        .rev()
        .map(|e| {
            vec![
                datetime(e.at),
                e.action.clone(),
                e.caller.clone(),
                e.outcome.clone(),
                format!("{:.1} ms", e.latency_us as f64 / 1000.0),
            ]
        })
        .collect();
    table(
        &mut out,
        "requests",
        "Recent requests",
        "No requests yet.",
        &["Time", "Action", "Caller", "Outcome", "Latency"],
        &requests,
    );
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
    table(
        &mut out,
        "accounts",
        "Accounts created",
        "No accounts created yet.",
        &["Uin", "Name", "Mail", "Phone", "Created"],
        &accounts,
    );
    let messages: Vec<Vec<String>> = inbox
        .iter()
        .rev()
        .map(|m| vec![datetime(m.sent_at), m.kind.clone(), m.to.clone(), m.code.clone(), m.text.clone()])
        .collect();
    table(&mut out, "inbox", "Inbox", "Nothing sent yet.", &["Sent", "Kind", "To", "Code", "Text"], &messages);
    out.push_str("</body></html>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_callers_send_is_shown_as_text_never_as_markup() {
        let entry = LogEntry {
            at: 0,
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
