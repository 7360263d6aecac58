//! The partner API's structs: a request per action, its response, and the objects they hold,
//! each member typed, documented and given its rules.

use serde_json::Value;

use super::Partner;
use super::overlay::Resolved;
use crate::names::{default_wire, field, snake};
use crate::spec::Member;

impl Partner<'_> {
    /// The request struct of `action`.
    pub(super) fn request(&self, action: &str) -> String {
        let facts = &self.overlay.actions[action];
        let mut keys = vec![
            format!("service = \"{}\"", self.spec.service),
            format!("version = \"{}\"", self.spec.version),
            // The partner API is the international site's alone: a mainland client refuses it.
            "site = \"international\"".to_owned(),
        ];
        if !facts.changes_state {
            keys.push("idempotent".to_owned());
        }
        keys.push(format!("rate_limit = {}", facts.rate_limit.unwrap_or(self.overlay.undocumented_rate_limit)));
        keys.extend(facts.attributes.iter().cloned());
        keys.push("lenient".to_owned());
        let body = self.members(&format!("{action}Request"), true);
        format!(
            "{}\n#[derive(tc3::Action, Clone, PartialEq)]\n#[tc3({})]\npub struct {action} {{\n{body}\n}}\n",
            self.action_doc(action),
            keys.join(", ")
        )
    }

    /// The struct of object `name` (a response or an object they hold).
    pub(super) fn object(&self, name: &str, doc: &str, in_request: bool) -> String {
        let body = self.members(name, in_request);
        format!(
            "/// {doc}\n#[derive(tc3::Object, Clone, PartialEq)]\n#[tc3(lenient)]\npub struct {name} {{\n{body}\n}}\n"
        )
    }

    /// The doc of a shared object: its name's words, and where it travels.
    pub(super) fn object_doc(&self, name: &str) -> String {
        let travels =
            if self.sent(name) { "sent in requests and returned in responses" } else { "returned in responses" };
        format!("{}, {travels}.", self.words(name))
    }

    /// Whether object `name` is sent in requests too.
    pub(super) fn sent(&self, name: &str) -> bool {
        self.described(name).usage() == "both"
    }

    fn action_doc(&self, action: &str) -> String {
        let facts = &self.overlay.actions[action];
        let callers = match facts.callers.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => panic!("{action} names no caller"),
        };
        let rate = match facts.rate_limit {
            Some(n) => format!("Rate limit: {n} requests per second."),
            None => format!(
                "Rate limit: none documented; tc3 paces it at {} requests per second.",
                self.overlay.undocumented_rate_limit
            ),
        };
        let state = if facts.changes_state {
            "Changes state: never retried once it may have reached the service."
        } else {
            "Read-only: retried on any failure."
        };
        let lines = [facts.doc.as_str(), "", &format!("Who may call it: {callers}."), &rate, state];
        lines
            .iter()
            .map(|line| if line.is_empty() { "///".to_owned() } else { format!("/// {line}") })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn members(&self, object: &str, in_request: bool) -> String {
        let members = self.described(object).members();
        members.iter().map(|m| self.member(object, m, in_request)).collect::<Vec<_>>().join("\n")
    }

    fn member(&self, object: &str, m: &Member, in_request: bool) -> String {
        let docs = &self.overlay.member_docs;
        let mut doc = docs
            .get(&format!("{object}.{}", m.wire()))
            .or_else(|| docs.get(m.wire()))
            .cloned()
            .unwrap_or_else(|| self.words(m.wire()));
        doc.push('.');
        let rules = self.overlay.rules(object, m.wire());
        let sensitive = rules.iter().any(|r| matches!(r, Resolved::Text(t) if t == "sensitive"));
        let allowed = |example: &str| {
            rules.iter().all(|r| match r {
                Resolved::OneOf(values) => values.iter().any(|v| plain(v) == example),
                Resolved::Text(_) => true,
            })
        };
        let example = m.example();
        let shown = !example.is_empty() && example.chars().count() < 60 && !example.contains(['{', '\n', '`']);
        if shown && !sensitive && allowed(example) {
            doc.push_str(&format!(" Example: `{example}`."));
        }
        let mut lines = vec![format!("    /// {doc}")];
        if m.disabled() {
            lines.push("    #[deprecated(note = \"the service no longer reads or fills this member\")]".to_owned());
        }
        let integer = matches!(m.item(), "int64" | "uint64");
        let mut attributes: Vec<String> = rules
            .iter()
            .map(|r| match r {
                Resolved::Text(text) => text.clone(),
                Resolved::OneOf(values) => {
                    let literals: Vec<String> =
                        values.iter().map(|v| if integer { plain(v) } else { v.to_string() }).collect();
                    format!("one_of({})", literals.join(", "))
                }
            })
            .collect();
        if in_request && self.is_object(m.item()) {
            attributes.push("nested".to_owned());
        }
        let name = field(m.wire());
        if default_wire(&name) != m.wire() {
            attributes.insert(0, format!("rename = \"{}\"", m.wire()));
        }
        if !attributes.is_empty() {
            lines.push(format!("    #[tc3({})]", attributes.join(", ")));
        }
        let mut ty = self.rust_type(m);
        // What the service answers may leave any member out or `null`; a request's optional ones too.
        let optional = if in_request { !m.required() || m.nullable() } else { true };
        if optional && m.wire() != "RequestId" {
            ty = format!("Option<{ty}>");
        }
        lines.push(format!("    pub {name}: {ty},"));
        lines.join("\n")
    }

    fn rust_type(&self, m: &Member) -> String {
        let inner = match m.item() {
            "float" => {
                if self.overlay.floats_are_money {
                    "Decimal"
                } else {
                    "f64"
                }
            }
            "string" => "String",
            "int64" => "i64",
            "uint64" => "u64",
            "bool" => "bool",
            object => object,
        };
        if m.is_list() { format!("Vec<{inner}>") } else { inner.to_owned() }
    }

    /// `name`'s words for a doc: `ClientUins` -> `Client UINs`.
    pub(super) fn words(&self, name: &str) -> String {
        let snake = snake(name);
        let words: Vec<&str> =
            snake.split('_').map(|w| self.overlay.doc_words.get(w).map_or(w, String::as_str)).collect();
        let text = words.join(" ");
        let mut chars = text.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// A value as written without quotes: `1`, `pass`.
fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
