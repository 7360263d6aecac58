//! The `waiters` module of a version: a `Waiter` constant per entry of the reviewed table
//! (`waiters.txt`, read by [`crate::waiters`]), each documented from the table.

use std::fmt::Write;

use super::Module;
use crate::waiters::{self, Entry, Matcher, Outcome};

/// The module, or nothing when the version has no waiters. An entry that disagrees with the
/// spec stops the build, naming its line of the table.
pub(super) fn module(m: &Module) -> String {
    let entries: Vec<&Entry> = waiters::of_version(&m.spec.service, &m.spec.version).collect();
    if entries.is_empty() {
        return String::new();
    }
    let errors: Vec<String> = entries.iter().flat_map(|entry| waiters::check(entry, m.spec)).collect();
    assert!(errors.is_empty(), "codegen/waiters.txt:\n{}", errors.join("\n"));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n/// Waiters of {} {}, run by [`Client::wait`](::tc3_runtime::Client::wait); the reviewed\n/// table `codegen/waiters.txt` says where each state comes from.",
        m.spec.service, m.spec.version
    );
    // Every module uses all four: each waiter has a success acceptor.
    out.push_str("pub mod waiters {\n    use ::tc3_runtime::waiting::{Acceptor, Matcher, Outcome, Waiter};\n\n");
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        constant(m, entry, &mut out);
    }
    out.push_str("}\n");
    out
}

fn constant(m: &Module, entry: &Entry, out: &mut String) {
    let request = &m.names[&format!("{}Request", entry.action)];
    for line in wrap(&format!("Waits until {}.", entry.about), 92) {
        let _ = writeln!(out, "    /// {line}");
    }
    let _ = writeln!(out, "    ///");
    let _ = writeln!(out, "    /// Polls [`{request}`](super::{request}) and reads `{}`:", entry.path);
    for (outcome, matchers) in grouped(&entry.acceptors) {
        let gone = outcome == Outcome::Success && matches!(matchers[0], Matcher::Error(_));
        let note = if gone { " (the answer returned holds its request id alone)" } else { "" };
        let _ = writeln!(out, "    /// - {}: {}{note}", outcome_doc(outcome), matcher_doc(&matchers));
    }
    let _ = writeln!(out, "    /// - any other answer: poll again.");
    let _ = writeln!(out, "    pub const {}: Waiter<super::{request}> = Waiter::new(", entry.name);
    let _ = writeln!(out, "        \"{}\",\n        \"{}\",\n        &[", entry.name, entry.path);
    for (outcome, matcher) in &entry.acceptors {
        let _ = writeln!(
            out,
            "            Acceptor::new(Outcome::{}, Matcher::{}),",
            outcome_variant(*outcome),
            matcher_rust(matcher)
        );
    }
    out.push_str("        ],\n    );\n");
}

fn outcome_doc(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Success => "success",
        Outcome::Failure => "failure ([`ErrorKind::WaitFailed`](::tc3_runtime::ErrorKind::WaitFailed))",
        Outcome::Retry => "poll again",
    }
}

fn outcome_variant(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Success => "Success",
        Outcome::Failure => "Failure",
        Outcome::Retry => "Retry",
    }
}

fn matcher_doc(matchers: &[&Matcher]) -> String {
    let values = |wrap: fn(&Matcher) -> Option<&str>| {
        let values: Vec<String> = matchers.iter().filter_map(|m| wrap(m)).map(|v| format!("`{v}`")).collect();
        match values.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    };
    match matchers[0] {
        Matcher::All(_) => format!("every value is {} (not on an empty list)", values(value)),
        Matcher::Any(_) => format!("any value is {}", values(value)),
        Matcher::Is(_) => format!("the value is {}", values(value)),
        Matcher::Empty => "nothing is listed".to_owned(),
        Matcher::Error(_) => {
            format!("the error {}", values(code))
        }
    }
}

fn code(matcher: &Matcher) -> Option<&str> {
    if let Matcher::Error(code) = matcher { Some(code) } else { None }
}

fn value(matcher: &Matcher) -> Option<&str> {
    match matcher {
        Matcher::All(value) | Matcher::Any(value) | Matcher::Is(value) => Some(value),
        Matcher::Empty | Matcher::Error(_) => None,
    }
}

/// The acceptors, those next to each other with the same outcome and the same kind of
/// matcher (`any`, `is`, `error`) together, for the documentation.
fn grouped(acceptors: &[(Outcome, Matcher)]) -> Vec<(Outcome, Vec<&Matcher>)> {
    let mut groups: Vec<(Outcome, Vec<&Matcher>)> = Vec::new();
    for (outcome, matcher) in acceptors {
        let joins = |m: &Matcher| {
            std::mem::discriminant(m) == std::mem::discriminant(matcher)
                && matches!(matcher, Matcher::Any(_) | Matcher::Is(_) | Matcher::Error(_))
        };
        match groups.last_mut() {
            Some((last, matchers)) if last == outcome && joins(matchers[0]) => matchers.push(matcher),
            _ => groups.push((*outcome, vec![matcher])),
        }
    }
    groups
}

/// `text` in lines of at most `width` characters, broken at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

fn matcher_rust(matcher: &Matcher) -> String {
    match matcher {
        Matcher::All(value) => format!("All({value:?})"),
        Matcher::Any(value) => format!("Any({value:?})"),
        Matcher::Is(value) => format!("Is({value:?})"),
        Matcher::Empty => "Empty".to_owned(),
        Matcher::Error(code) => format!("Error({code:?})"),
    }
}
