//! The page a person opens at `/_emulator/`: recent requests with their parameters and
//! answers (secrets redacted; filtered by service, action and outcome through the query
//! string), accounts created and the inbox, rendered on the server so it reads without
//! scripts, and reloading itself every few seconds.

use bytes::Bytes;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde_json::{Map, Value};

use crate::clock::datetime;
use crate::inbox::InboxMessage;
use crate::request_log::LogEntry;
use crate::scripts::ScriptStatus;
use crate::shared::Shared;
use crate::state::Customer;

/// How much of a request's parameters and of its answer the page keeps.
pub(crate) const KEPT_BYTES: usize = 64 * 1024;

/// How much of each string a body longer than [`KEPT_BYTES`] keeps, so that one long
/// string does not hide the members after it.
const KEPT_STRING_BYTES: usize = 1024;

/// What the page shows instead of a body it cannot redact.
const NOT_SHOWN: &str = "(not shown: neither JSON nor form parameters, so its secrets could not be redacted)";

/// What the page keeps of a request's parameters or of an answer, secrets never in the
/// clear once cut. A body of at most [`KEPT_BYTES`] is kept whole and shared rather than
/// copied, so keeping it costs a call nothing (the verified-requests bench lost a quarter
/// of its rate to copies); it is redacted when the page shows it. A longer body, which
/// could not be redacted once cut, is redacted now and kept as JSON of about
/// [`KEPT_BYTES`] ([`pruned`]); one that is neither JSON nor form parameters is not kept.
pub(crate) fn kept(bytes: &Bytes) -> Bytes {
    if bytes.len() <= KEPT_BYTES {
        return bytes.clone();
    }
    let Some(mut value) = parsed(bytes) else { return Bytes::from_static(NOT_SHOWN.as_bytes()) };
    crate::secrets::redact(&mut value);
    // What is left for the notes of what was left out.
    let mut budget = KEPT_BYTES - 1024;
    let value = pruned(value, &mut budget);
    Bytes::from(serde_json::to_vec(&value).unwrap_or_default())
}

/// A body as a JSON value: the JSON it is, or the object of its pairs when it is a query
/// string or form (`Action=X&Limit=10`, every key a parameter name); `None` otherwise, for
/// text that no rule could redact.
fn parsed(bytes: &[u8]) -> Option<Value> {
    if let Ok(value) = serde_json::from_slice(bytes) {
        return Some(value);
    }
    let is_name =
        |key: &str| !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-[]%".contains(&b));
    let text = std::str::from_utf8(bytes).ok()?;
    let is_form = text.is_empty() || text.split('&').all(|pair| pair.split_once('=').is_some_and(|(k, _)| is_name(k)));
    let pairs = form_urlencoded::parse(bytes).map(|(k, v)| (k.into_owned(), Value::from(v.into_owned())));
    is_form.then(|| Value::Object(pairs.collect()))
}

/// `value` cut to at most `budget` bytes of compact JSON, still JSON: arrays and objects
/// keep their first members while the budget lasts and say how many they left out (those
/// notes are not counted); strings keep their first [`KEPT_STRING_BYTES`].
fn pruned(value: Value, budget: &mut usize) -> Value {
    /// Bytes of `text` as a JSON string: quotes, and escapes counted at their longest.
    fn json_len(text: &str) -> usize {
        text.len() + 2 + 5 * text.bytes().filter(|&b| b == b'"' || b == b'\\' || b < 0x20).count()
    }
    match value {
        Value::String(text) => {
            let mut cut = text.len().min(KEPT_STRING_BYTES).min(budget.saturating_sub(2));
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            *budget = budget.saturating_sub(json_len(&text[..cut]));
            if cut == text.len() {
                return Value::String(text);
            }
            Value::String(format!("{}... ({} more bytes not kept)", &text[..cut], text.len() - cut))
        }
        Value::Array(items) => {
            let total = items.len();
            let mut kept: Vec<Value> = Vec::new();
            *budget = budget.saturating_sub(2);
            for item in items {
                if *budget == 0 {
                    break;
                }
                *budget = budget.saturating_sub(1);
                kept.push(pruned(item, budget));
            }
            if kept.len() < total {
                kept.push(Value::from(format!("... {} more items not kept", total - kept.len())));
            }
            Value::Array(kept)
        }
        Value::Object(members) => {
            let total = members.len();
            let mut kept = Map::new();
            *budget = budget.saturating_sub(2);
            for (key, member) in members {
                if *budget == 0 {
                    break;
                }
                *budget = budget.saturating_sub(json_len(&key) + 2);
                let member = pruned(member, budget);
                kept.insert(key, member);
            }
            if kept.len() < total {
                kept.insert("...".into(), Value::from(format!("{} more members not kept", total - kept.len())));
            }
            Value::Object(kept)
        }
        scalar => {
            *budget = budget.saturating_sub(scalar.to_string().len());
            scalar
        }
    }
}

/// Parameters or an answer as the page shows them: pretty JSON with every secret member
/// (tc3-codegen's rule, as the generated types redact them) replaced by `<redacted>`. A
/// query string or form is shown as the JSON object of its pairs; anything else is not
/// shown, as it could not be redacted.
fn shown(bytes: &[u8]) -> String {
    let Some(mut value) = parsed(bytes) else { return NOT_SHOWN.to_owned() };
    crate::secrets::redact(&mut value);
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// The page for `query` (a [`Filter`]) as `shared` is now. What it shows is copied under
/// the locks, which are released before rendering: parsing, redacting and printing every
/// body takes far longer than the copy, and calls wait for neither.
pub(crate) fn current(shared: &Shared, query: &str) -> String {
    let filter = Filter::parse(query);
    let log = shared.log.matching(|e| filter.keeps(e));
    let state = shared.state.lock();
    let customers: Vec<Customer> =
        state.customers.iter().filter(|c| c.created_at >= shared.started_at).cloned().collect();
    let inbox = state.inbox.clone();
    drop(state);
    let scripts = shared.scripts.statuses();
    #[cfg(test)]
    tests::BEFORE_RENDER.with_borrow_mut(|hook| hook.as_mut().map(|hook| hook()));
    render(&log, &filter, &customers, &inbox, &scripts, shared.started_at)
}

const STYLE: &str = "body{font:14px system-ui,sans-serif;margin:2em;color:#222}\
    table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}\
    th{background:#f4f4f4}.empty{color:#888}td:nth-child(4){font-family:monospace}";

/// Seconds between the page's reloads of itself.
const REFRESH_SECS: u32 = 5;

/// Which requests the page lists: `?service=cvm&action=DescribeInstances&outcome=error`.
/// An empty field matches all; `outcome` is `OK`, `error` (any refusal) or one code.
#[derive(Debug, Default)]
pub(crate) struct Filter {
    service: String,
    action: String,
    outcome: String,
}

impl Filter {
    /// The filter a query string asks for; unknown keys are ignored.
    pub(crate) fn parse(query: &str) -> Self {
        let mut filter = Filter::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim().to_owned();
            match &*key {
                "service" => filter.service = value,
                "action" => filter.action = value,
                "outcome" => filter.outcome = value,
                _ => {}
            }
        }
        filter
    }

    fn keeps(&self, entry: &LogEntry) -> bool {
        let is = |wanted: &str, value: &str| wanted.is_empty() || wanted == value;
        let outcome = match self.outcome.as_str() {
            "error" => entry.outcome != "OK",
            wanted => is(wanted, &entry.outcome),
        };
        is(&self.service, &entry.service) && is(&self.action, &entry.action) && outcome
    }
}

const REQUEST_COLUMNS: [&str; 7] =
    ["Time", "Service", "Action", "Caller", "Outcome", "Latency", "Parameters and answer"];
const ACCOUNT_COLUMNS: [&str; 5] = ["Uin", "Name", "Mail", "Phone", "Created"];
const INBOX_COLUMNS: [&str; 5] = ["Sent", "Kind", "To", "Code", "Text"];
const SCRIPT_COLUMNS: [&str; 5] = ["Service", "Action", "When", "Steps (the last repeats)", "Answered"];

/// A titled section with a table of `rows`, or the `empty` line when there are none; text
/// in cells is escaped by maud.
fn table(id: &str, title: &str, empty: &str, head: &[&str], rows: &[Vec<Markup>]) -> Markup {
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
pub(crate) fn render(
    log: &[LogEntry],
    filter: &Filter,
    customers: &[Customer],
    inbox: &[InboxMessage],
    scripts: &[ScriptStatus],
    started_at: u64,
) -> String {
    let text = |cells: Vec<String>| -> Vec<Markup> { cells.into_iter().map(|c| html! { (c) }).collect() };
    let requests: Vec<Vec<Markup>> = log
        .iter()
        .rev()
        .filter(|e| filter.keeps(e))
        .map(|e| {
            let mut cells = text(vec![
                datetime(e.at),
                e.service.clone(),
                e.action.clone(),
                e.caller.clone(),
                e.outcome.clone(),
                format!("{:.1} ms", e.latency_us as f64 / 1000.0),
            ]);
            cells.push(html! {
                details { summary { "view" } pre { (shown(&e.request)) } pre { (shown(&e.answer)) } }
            });
            cells
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
    let scripts: Vec<Vec<Markup>> = scripts
        .iter()
        .map(|s| {
            let (script, answered) = (&s.script, s.answered.to_string());
            let steps = html! { ol { @for step in script.steps() { li { (step.shown()) } } } };
            let mut cells = text(vec![script.service().to_owned(), script.action().to_owned(), script.when_shown()]);
            cells.extend([steps, html! { (answered) }]);
            cells
        })
        .collect();
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="refresh" content=(REFRESH_SECS);
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
                form id="filter" method="get" {
                    "Requests of service " input name="service" value=(filter.service) placeholder="any";
                    " action " input name="action" value=(filter.action) placeholder="any";
                    " outcome " input name="outcome" value=(filter.outcome) placeholder="OK, error or a code";
                    " " button type="submit" { "Filter" }
                }
                (table("requests", "Recent requests", "No requests match.", &REQUEST_COLUMNS, &requests))
                (table("accounts", "Accounts created", "No accounts created yet.", &ACCOUNT_COLUMNS, &accounts.into_iter().map(text).collect::<Vec<_>>()))
                (table("inbox", "Inbox", "Nothing sent yet.", &INBOX_COLUMNS, &messages.into_iter().map(text).collect::<Vec<_>>()))
                (table("scripts", "Scripts", "No script set.", &SCRIPT_COLUMNS, &scripts))
            }
        }
    }
    .into_string()
}

#[cfg(test)]
pub(crate) mod tests {
    use std::cell::RefCell;

    use serde_json::json;

    use super::*;

    thread_local! {
        /// Called by [`current`] on the rendering thread, before it renders: tests hold the
        /// page there.
        pub(crate) static BEFORE_RENDER: RefCell<Option<Box<dyn FnMut()>>> = const { RefCell::new(None) };
    }

    fn entry(service: &str, action: &str, outcome: &str) -> LogEntry {
        let (service, action, outcome) = (service.into(), action.into(), outcome.into());
        let request = Bytes::from_static(br#"{"Password": "hunter2", "Mail": "a@b.example"}"#);
        let answer = Bytes::from_static(b"{}");
        LogEntry { at: 0, service, action, caller: "AKID".into(), outcome, latency_us: 1500, request, answer }
    }

    #[test]
    fn what_callers_send_is_shown_as_text_never_as_markup() {
        let page = render(&[entry("cvm", "<script>alert(1)</script>", "OK")], &Filter::default(), &[], &[], &[], 0);
        assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"));
        assert!(page.contains("1.5 ms") && page.contains("No accounts created yet."));
        let filter = Filter::parse("service=%22%3E%3Cb%3E");
        assert!(!render(&[], &filter, &[], &[], &[], 0).contains("\"><b>"), "a filter is shown as text too");
    }

    #[test]
    fn parameters_and_answers_are_shown_with_their_secrets_redacted() {
        let page = render(&[entry("cvm", "X", "OK")], &Filter::default(), &[], &[], &[], 0);
        assert!(page.contains("a@b.example") && !page.contains("hunter2"), "{page}");
        let form = shown(b"Action=CreateAccount&VerifyCode=123456&PhoneNum=5");
        assert!(form.contains("\"PhoneNum\": \"5\"") && !form.contains("123456"), "{form}");
        let answer = shown(br#"{"Response": {"Credentials": {"TmpSecretKey": "k"}, "Users": [{"Token": "t"}]}}"#);
        assert!(!answer.contains("\"k\"") && !answer.contains("\"t\"") && answer.contains("Users"), "{answer}");
    }

    /// What the page shows of a body the gateway logged.
    fn logged(body: &[u8]) -> String {
        shown(&kept(&Bytes::copy_from_slice(body)))
    }

    #[test]
    fn a_body_longer_than_what_is_kept_is_redacted_before_it_is_cut() {
        let pad = "x".repeat(KEPT_BYTES + 10);
        let request = json!({"AdminPassword": "Before-The-Cut1", "Pad": pad, "Password": "Past-The-Cut2"});
        let kept = kept(&Bytes::from(serde_json::to_vec(&request).unwrap()));
        assert!(kept.len() <= KEPT_BYTES, "{} bytes kept", kept.len());
        let shown = shown(&kept);
        assert!(!shown.contains("Before-The-Cut1") && !shown.contains("Past-The-Cut2"), "{shown}");
        assert!(shown.contains(r#""AdminPassword": "<redacted>""#), "{shown}");
        assert!(shown.contains(r#""Password": "<redacted>""#), "a long string hides no member after it");
        assert!(shown.contains("more bytes not kept"), "{shown}");

        let users: Vec<Value> = (0..5000).map(|i| json!({"Name": format!("user{i}"), "Token": "tok-9f8e7d"})).collect();
        let answer = serde_json::to_vec(&json!({"Response": {"Users": users, "RequestId": "r"}})).unwrap();
        let kept = super::kept(&Bytes::from(answer));
        assert!(kept.len() <= KEPT_BYTES, "{} bytes kept", kept.len());
        let shown = super::shown(&kept);
        assert!(!shown.contains("tok-9f8e7d") && shown.contains("user0"), "{shown}");
        assert!(shown.contains("more items not kept"), "{shown}");
    }

    #[test]
    fn a_body_neither_json_nor_form_is_not_shown() {
        assert_eq!(logged(b"Password: hunter2, or so"), NOT_SHOWN);
        assert_eq!(logged(br#"{"Password": "hunter2", "Pad": "cut before the end"#), NOT_SHOWN);
        assert_eq!(logged(&[0xff, 0xfe, b'=', b'x']), NOT_SHOWN);
        let long = format!("Password: hunter2 {}", "x".repeat(KEPT_BYTES));
        assert_eq!(logged(long.as_bytes()), NOT_SHOWN);
        assert_eq!(logged(b""), "{}", "no parameters at all");
    }

    #[test]
    fn scripts_are_listed_with_their_steps_and_secrets_redacted() {
        use crate::scripts::{Script, Step};
        let script = Script::new("cvm", "DescribeInstances")
            .when("Password", json!("hunter2"))
            .step(Step::answer(json!({"InstanceSet": [{"InstanceState": "<b>PENDING"}], "Token": "t0ken"})).times(2))
            .step(Step::error("InternalError", "try again"));
        let page = render(&[], &Filter::default(), &[], &[], &[ScriptStatus { script, answered: 3 }], 0);
        assert!(page.contains("2 × answer") && page.contains("error InternalError: try again"), "{page}");
        assert!(page.contains("&lt;b&gt;PENDING") && !page.contains("<b>PENDING"), "shown as text: {page}");
        assert!(!page.contains("hunter2") && !page.contains("t0ken"), "{page}");
        assert!(render(&[], &Filter::default(), &[], &[], &[], 0).contains("No script set."));
        let long = Script::new("cvm", "DescribeInstances").step(Step::error("E", "é".repeat(5000)));
        let page = render(&[], &Filter::default(), &[], &[], &[ScriptStatus { script: long, answered: 0 }], 0);
        assert!(page.len() < 10_000 && page.contains("(4509 more characters)"), "a long step is cut: {page}");
    }

    #[test]
    fn form_parameters_are_shown_with_their_secrets_redacted() {
        let form = logged(b"Action=RunInstances&LoginSettings.Password=hunter2&InstanceName=web%201");
        assert!(!form.contains("hunter2") && form.contains(r#""InstanceName": "web 1""#), "{form}");
        let long = format!("Action=X&VerifyCode=654321&Pad={}", "y".repeat(KEPT_BYTES));
        let form = logged(long.as_bytes());
        assert!(!form.contains("654321") && form.contains(r#""Action": "X""#), "{form}");
    }

    #[test]
    fn filters_keep_requests_by_service_action_and_outcome() {
        let log =
            [entry("cvm", "DescribeRegions", "OK"), entry("intlpartnersmgt", "SendVerifyCode", "FailedOperation.X")];
        let kept = |query: &str| -> Vec<&str> {
            let filter = Filter::parse(query);
            log.iter().filter(|e| filter.keeps(e)).map(|e| e.action.as_str()).collect()
        };
        assert_eq!(kept(""), ["DescribeRegions", "SendVerifyCode"]);
        assert_eq!(kept("service=cvm"), ["DescribeRegions"]);
        assert_eq!(kept("action=SendVerifyCode&color=red"), ["SendVerifyCode"]);
        assert_eq!(kept("outcome=error"), ["SendVerifyCode"]);
        assert_eq!(kept("outcome=OK"), ["DescribeRegions"]);
        assert_eq!(kept("outcome=FailedOperation.X&service=cvm"), Vec::<&str>::new());
    }
}
