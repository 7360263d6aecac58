//! The `pattern` rule: at run time with the regex crate; at compile time, for the literals
//! of `tc3::request!`, with a [`Matcher`] the derive builds from the same pattern.

use std::sync::OnceLock;

/// A `pattern` rule: the regex source, compiled on first use and kept.
///
/// The derive compiles the same source with the same regex crate at build time, so a
/// pattern that reaches here always compiles; if it did not, every value would break it.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regex_lite::Regex>>,
}

impl Pattern {
    /// A pattern for `source`, not yet compiled.
    pub const fn new(source: &'static str) -> Self {
        Pattern { source, compiled: OnceLock::new() }
    }

    /// Whether the pattern matches somewhere in `value` (anchor it with `^...$` for all of it).
    pub fn is_match(&self, value: &str) -> bool {
        self.compiled
            .get_or_init(|| regex_lite::Regex::new(self.source).ok())
            .as_ref()
            .is_some_and(|regex| regex.is_match(value))
    }
}

/// A pattern as a deterministic automaton over chars, walked by a `const fn`: what lets a
/// constant judge a literal by the `pattern` rule. The derive builds it (for the patterns
/// it can, see the crate docs); it answers as [`Pattern::is_match`] does.
#[derive(Debug)]
pub struct Matcher {
    /// The states; the walk starts at the first.
    pub states: &'static [MatcherState],
    /// Every state's moves, state after state: (lowest char, highest char, next state).
    pub moves: &'static [(u32, u32, u32)],
}

/// One state of a [`Matcher`].
#[derive(Debug)]
pub struct MatcherState {
    /// Where its moves start in [`Matcher::moves`], by increasing chars.
    pub first: u32,
    /// How many moves it has.
    pub count: u32,
    /// A match has been found: the rest of the value does not matter.
    pub matched: bool,
    /// A match ends here if the value does (the pattern's `$` is met).
    pub matched_at_end: bool,
}

impl Matcher {
    /// Whether the pattern matches somewhere in `value`, as [`Pattern::is_match`].
    pub const fn is_match(&self, value: &str) -> bool {
        let bytes = value.as_bytes();
        let mut state = &self.states[0];
        let mut i = 0;
        loop {
            if state.matched {
                return true;
            }
            if i == bytes.len() {
                return state.matched_at_end;
            }
            let (c, len) = super::decode_char(bytes, i);
            let c = c as u32;
            i += len;
            let mut k = state.first as usize;
            let end = k + state.count as usize;
            while k < end && self.moves[k].1 < c {
                k += 1;
            }
            if k == end || self.moves[k].0 > c {
                // No way on: nothing from here can match.
                return false;
            }
            state = &self.states[self.moves[k].2 as usize];
        }
    }
}
