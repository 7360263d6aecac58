//! Every automaton answers as regex-lite does, walked by the run-time crate's `const fn`.

use tc3_runtime::rules::{Matcher, MatcherState};

use super::{Automaton, build};

fn matcher(automaton: &Automaton) -> Matcher {
    let mut states = Vec::new();
    let mut moves = Vec::new();
    for state in &automaton.states {
        let first = u32::try_from(moves.len()).unwrap();
        moves.extend_from_slice(&state.moves);
        let count = u32::try_from(state.moves.len()).unwrap();
        states.push(MatcherState { first, count, matched: state.matched, matched_at_end: state.matched_at_end });
    }
    Matcher { states: Vec::leak(states), moves: Vec::leak(moves) }
}

const PATTERNS: &[&str] = &[
    r"^[0-9]{4}-(0[1-9]|1[0-2])$",
    "",
    "a",
    "^a",
    "a$",
    "^$",
    "^a$",
    "a|b",
    "ab*c",
    "(ab)+",
    "a?b",
    "^[^0-9]+$",
    "[^a]",
    ".",
    "^.$",
    "^..$",
    r"\d+",
    r"^\d{2}$",
    r"^\w+$",
    r"\s",
    r"^\S*$",
    "^a{2,3}$",
    "a{0,2}b",
    "^a{2,}$",
    "(?i)AB",
    "^(a|ab)(c|bcd)?$",
    "é",
    "^é+$",
    "中",
    "[a-c-]",
    "^-?[0-9]+$",
    "x*",
    "^(a*)*$",
    "a$|^b",
    "(?s:.)",
    "^(?s:.)$",
    "[[:alpha:]]+",
    "^[[:digit:]-]+$",
    r"\$",
    r"^\^",
    "^$|^a",
    "(^a|b$)",
    "a^",
    "$a",
    r"^[\w.+-]+@[\w-]+\.[a-z]{2,}$",
];

/// Values of up to three chars over a small alphabet, and a few longer ones.
fn values() -> Vec<String> {
    let alphabet = ["a", "b", "c", "0", "9", "-", "é", "中", "\n", " ", "A", "_", "@", "."];
    let mut values = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..3 {
        last = last.iter().flat_map(|v| alphabet.iter().map(move |c| format!("{v}{c}"))).collect();
        values.extend(last.iter().cloned());
    }
    for more in ["2024-01", "2024-12", "2024-13", "2024-1", "x2024-01", "2024-01x", "abcd", "abbbc", "ababab"] {
        values.push(more.into());
    }
    values.extend(
        ["bcd", "abcd", "ops@example.com", "a.b@c-d.io", "ops@", "éé", "1234", "-12", "aaaa"].map(String::from),
    );
    values
}

#[test]
fn every_automaton_answers_as_regex_lite() {
    let values = values();
    for pattern in PATTERNS {
        let regex = regex_lite::Regex::new(pattern).unwrap();
        let automaton = build(pattern).unwrap_or_else(|| panic!("no automaton for {pattern:?}"));
        let matcher = matcher(&automaton);
        for value in &values {
            assert_eq!(matcher.is_match(value), regex.is_match(value), "{pattern:?} on {value:?}");
        }
    }
}

#[test]
fn patterns_beyond_the_automata_get_none() {
    for pattern in ["(?m)^a$", r"\bword\b", "[é]", "[à-ÿ]", "a{101}", "(a{100}){100}", r"\B"] {
        assert!(build(pattern).is_none(), "{pattern:?}");
    }
}

#[test]
fn the_month_pattern_is_small() {
    let automaton = build(r"^[0-9]{4}-(0[1-9]|1[0-2])$").unwrap();
    assert!(automaton.states.len() <= 12, "{} states", automaton.states.len());
}
