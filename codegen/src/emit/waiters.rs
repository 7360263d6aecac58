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
        "\n/// Waiters of {} {}: run one with [`Client::wait`](::tc3_runtime::Client::wait); the reviewed table\n/// `codegen/waiters.txt` says where each state comes from.",
        m.spec.service, m.spec.version
    );
    out.push_str("pub mod waiters {\n");
    for entry in entries {
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
    let _ = writeln!(out, "    /// Polls [`{request}`](super::{request}) and reads `{}` in each answer:", entry.path);
    for (outcome, matcher) in &entry.acceptors {
        let gone = matches!((outcome, matcher), (Outcome::Success, Matcher::Error(_)));
        let note = if gone { " (the answer returned holds its request id alone)" } else { "" };
        let _ = writeln!(out, "    /// - {}: {}{note}", outcome_doc(*outcome), matcher_doc(matcher));
    }
    let _ = writeln!(out, "    /// - any other answer: poll again.");
    let _ = writeln!(
        out,
        "    pub const {}: ::tc3_runtime::waiting::Waiter<super::{request}> = ::tc3_runtime::waiting::Waiter::new(",
        entry.name
    );
    let _ = writeln!(out, "        \"{}\",\n        \"{}\",\n        &[", entry.name, entry.path);
    for (outcome, matcher) in &entry.acceptors {
        let _ = writeln!(
            out,
            "            ::tc3_runtime::waiting::Acceptor::new(::tc3_runtime::waiting::Outcome::{}, ::tc3_runtime::waiting::Matcher::{}),",
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

fn matcher_doc(matcher: &Matcher) -> String {
    match matcher {
        Matcher::All(value) => format!("every value is `{value}` (not on an empty list)"),
        Matcher::Any(value) => format!("any value is `{value}`"),
        Matcher::Is(value) => format!("the value is `{value}`"),
        Matcher::Empty => "nothing is listed".to_owned(),
        Matcher::Error(code) => format!("the error `{code}`"),
    }
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
