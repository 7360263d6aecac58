//! The partner API's curated facts, `spec/intlpartnersmgt-overlay.json`: what its spec does not
//! say (the module of each action, what it does, who may call it and with which key pair, its
//! rate limit, whether it changes state, the rules of its members, our docs) in one reviewed file.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// The overlay as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Overlay {
    /// The requests per second tc3 paces an action at whose limit is not documented.
    pub undocumented_rate_limit: u32,
    /// Whether a `float` member is an amount of money, typed `Decimal` (else `f64`).
    pub floats_are_money: bool,
    /// Each generated module with its doc, in the order `mod.rs` declares them.
    pub modules: Vec<(String, String)>,
    /// Every action of the spec, by name.
    pub actions: BTreeMap<String, Action>,
    /// Rules written once and named by `$name` in `rules`.
    named_rules: BTreeMap<String, String>,
    /// Lists of values written once and named by `{"one_of": "$name"}` in `rules`.
    value_lists: BTreeMap<String, Vec<Value>>,
    /// The rules of a member, by `<Object>.<Member>` (a request is `<Action>Request`): each the
    /// text of a `#[tc3(...)]` key, or `{"one_of": [...]}` whose values are quoted as the
    /// member's type asks.
    rules: BTreeMap<String, Vec<Rule>>,
    /// A member's doc, by `<Object>.<Member>` or, for every object, by `<Member>`; the
    /// first wins. Members not listed are documented by their name's words.
    pub member_docs: BTreeMap<String, String>,
    /// How a word of a member's or object's name is written in its doc (`uin` -> `UIN`).
    pub doc_words: BTreeMap<String, String>,
    /// Objects written by hand, with the module that holds each.
    pub hand_written: BTreeMap<String, String>,
    /// The error codes after which the service documents a wait, with the wait in seconds.
    pub error_waits: Vec<(String, u64)>,
}

/// What the overlay says of one action.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Action {
    /// The module that holds it.
    pub module: String,
    /// What it does: the first line of its doc.
    pub doc: String,
    /// Who may call it.
    pub callers: Vec<String>,
    /// Which key pair signs it.
    pub signs: Signer,
    /// Its documented requests per second, `null` when none is documented.
    pub rate_limit: Option<u32>,
    /// Whether it changes state (and so is never retried once it may have been received).
    pub changes_state: bool,
    /// Extra container keys of its `#[tc3(...)]`: rules across members, documented waits.
    #[serde(default)]
    pub attributes: Vec<String>,
}

/// Which key pair signs an action, as the emulator enforces it.
#[derive(Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Signer {
    /// A partner's.
    Partner,
    /// A customer's own: the action asks about the caller itself.
    Own,
    /// A partner's or a customer's (reference lists).
    Either,
}

/// One rule of a member.
#[derive(Deserialize)]
#[serde(untagged)]
enum Rule {
    /// A `#[tc3(...)]` key as written, or `$name` of a named rule.
    Text(String),
    /// The values the member may take.
    OneOf {
        /// The values, or `$name` of a value list.
        one_of: Value,
    },
}

/// A rule of a member, resolved.
pub(crate) enum Resolved {
    /// A `#[tc3(...)]` key as written.
    Text(String),
    /// The values the member may take.
    OneOf(Vec<Value>),
}

impl Overlay {
    /// Parses the overlay's text.
    pub(crate) fn parse(text: &str) -> Result<Overlay, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The keys of every member that has rules.
    pub(crate) fn ruled_members(&self) -> impl Iterator<Item = &str> {
        self.rules.keys().map(String::as_str)
    }

    /// The rules of `member` of `object`, names resolved.
    pub(crate) fn rules(&self, object: &str, member: &str) -> Vec<Resolved> {
        let Some(rules) = self.rules.get(&format!("{object}.{member}")) else { return Vec::new() };
        rules
            .iter()
            .map(|rule| match rule {
                Rule::Text(text) => Resolved::Text(match text.strip_prefix('$') {
                    Some(name) => self.named_rules.get(name).unwrap_or_else(|| panic!("no named rule {name}")).clone(),
                    None => text.clone(),
                }),
                Rule::OneOf { one_of: Value::Array(values) } => Resolved::OneOf(values.clone()),
                Rule::OneOf { one_of: Value::String(name) } => {
                    let name = name.strip_prefix('$').unwrap_or_else(|| panic!("one_of names a list as $name"));
                    Resolved::OneOf(
                        self.value_lists.get(name).unwrap_or_else(|| panic!("no value list {name}")).clone(),
                    )
                }
                Rule::OneOf { one_of } => panic!("one_of takes a list or a $name: {one_of}"),
            })
            .collect()
    }
}
