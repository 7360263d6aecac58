//! The waiters of the catalogue: the reviewed table `waiters.txt` (its header says how to read
//! and extend it), parsed; [`check`] holds each entry against its version's spec, so that a typo
//! fails the build of the service and the test `tests/waiters.rs`, not a user's wait.

mod check;

use std::sync::OnceLock;

pub use check::check;

/// One waiter of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The line of its head in the table.
    pub line: usize,
    /// The service, `cvm`.
    pub service: String,
    /// The version, `2017-03-12`.
    pub version: String,
    /// The constant's name, `INSTANCE_RUNNING`.
    pub name: String,
    /// The action it polls, `DescribeInstances`.
    pub action: String,
    /// Where the state is in the answer, `InstanceSet[].InstanceState`.
    pub path: String,
    /// What each state means, in the order they are tried.
    pub acceptors: Vec<(Outcome, Matcher)>,
    /// What it waits for, in our words: the constant's documentation.
    pub about: String,
    /// Where the states come from.
    pub evidence: Vec<String>,
}

/// What a match means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// `success`: the wait returns the answer.
    Success,
    /// `failure`: the wait fails.
    Failure,
    /// `retry`: poll again.
    Retry,
}

/// What an acceptor matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matcher {
    /// `all <value>`: every value read, and at least one.
    All(String),
    /// `any <value>`: some value read.
    Any(String),
    /// `is <value>`: the one value of a path without a list.
    Is(String),
    /// `empty`: nothing read.
    Empty,
    /// `error <Code>`: the poll failed with this code.
    Error(String),
}

impl Entry {
    /// Whether the path reads a list (has a `[]` step).
    pub fn reads_list(&self) -> bool {
        self.path.contains("[]")
    }
}

/// The reviewed table checked in next to the generator.
pub fn reviewed() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        parse(include_str!("../waiters.txt")).unwrap_or_else(|errors| panic!("waiters.txt:\n{}", errors.join("\n")))
    })
}

/// The waiters of one version, in the table's order.
pub fn of_version<'a>(service: &'a str, version: &'a str) -> impl Iterator<Item = &'static Entry> + 'a {
    reviewed().iter().filter(move |e| e.service == service && e.version == version)
}

/// Reads a table (see `waiters.txt`'s header); every mistake is reported, with its line.
pub fn parse(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut errors = Vec::new();
    for (number, raw) in text.lines().enumerate().map(|(i, line)| (i + 1, line)) {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let indented = raw.starts_with(char::is_whitespace);
        let result = match (indented, entries.last_mut()) {
            (false, _) => head(number, line).map(|entry| entries.push(entry)),
            (true, None) => Err("an indented line before any waiter".to_owned()),
            (true, Some(entry)) => body(entry, line),
        };
        if let Err(error) = result {
            errors.push(format!("line {number}: {error}"));
        }
    }
    for (index, entry) in entries.iter().enumerate() {
        let at = entry.line;
        if entry.acceptors.iter().all(|(outcome, _)| *outcome != Outcome::Success) {
            errors.push(format!("line {at}: {} has no `success` acceptor", entry.name));
        }
        if entry.about.is_empty() {
            errors.push(format!("line {at}: {} has no `about` line", entry.name));
        }
        if entry.evidence.is_empty() {
            errors.push(format!("line {at}: {} has no `evidence` line", entry.name));
        }
        let same = |e: &&Entry| e.service == entry.service && e.version == entry.version && e.name == entry.name;
        if entries[..index].iter().any(|e| same(&e)) {
            errors.push(format!("line {at}: a second {} in {} {}", entry.name, entry.service, entry.version));
        }
    }
    if errors.is_empty() { Ok(entries) } else { Err(errors) }
}

fn head(line: usize, text: &str) -> Result<Entry, String> {
    let [service, version, name, action, path] = text.split_whitespace().collect::<Vec<_>>()[..] else {
        return Err(format!("expected `<service> <version> <NAME> <Action> <path>`, got `{text}`"));
    };
    let screaming = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if !screaming {
        return Err(format!("`{name}`: a waiter's name is SCREAMING_SNAKE_CASE"));
    }
    Ok(Entry {
        line,
        service: service.to_owned(),
        version: version.to_owned(),
        name: name.to_owned(),
        action: action.to_owned(),
        path: path.to_owned(),
        acceptors: Vec::new(),
        about: String::new(),
        evidence: Vec::new(),
    })
}

fn body(entry: &mut Entry, line: &str) -> Result<(), String> {
    let (word, rest) = line.split_once(' ').map_or((line, ""), |(word, rest)| (word, rest.trim()));
    let outcome = match word {
        "about" if entry.about.is_empty() && !rest.is_empty() => {
            entry.about = rest.to_owned();
            return Ok(());
        }
        "about" => return Err("one `about <text>` a waiter".to_owned()),
        "evidence" if !rest.is_empty() => {
            entry.evidence.push(rest.to_owned());
            return Ok(());
        }
        "evidence" => return Err("the evidence is empty".to_owned()),
        "success" => Outcome::Success,
        "failure" => Outcome::Failure,
        "retry" => Outcome::Retry,
        other => {
            return Err(format!("`{other}`: expected `success`, `failure`, `retry`, `about` or `evidence`"));
        }
    };
    let matcher = match rest.split_whitespace().collect::<Vec<_>>()[..] {
        ["all", value] => Matcher::All(value.to_owned()),
        ["any", value] => Matcher::Any(value.to_owned()),
        ["is", value] => Matcher::Is(value.to_owned()),
        ["empty"] => Matcher::Empty,
        ["error", code] => Matcher::Error(code.to_owned()),
        _ => {
            return Err(format!(
                "`{rest}`: expected `all <value>`, `any <value>`, `is <value>`, `empty` or `error <Code>`"
            ));
        }
    };
    entry.acceptors.push((outcome, matcher));
    Ok(())
}

#[cfg(test)]
mod tests;
