//! A `pattern` as an automaton a constant can walk (`tc3::__private::rules::Matcher`), so
//! that `request!` judges a literal by it at compile time.
//!
//! The pattern is parsed without Unicode classes, as regex-lite (which checks values at
//! run time) reads it: `\d`, `\w`, `\s` and `[[:alpha:]]` are ASCII, `.` and a negated class
//! take any other char. It becomes a Thompson automaton, then a deterministic one over char
//! ranges that searches the value as `Regex::is_match` does. Patterns beyond that (`(?m)`,
//! `\b`, classes naming some chars beyond ASCII, repetitions over 100, automata over
//! [`MAX_STATES`] states) get no matcher: their literals wait for the call.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::TokenStream;
use quote::quote;
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// The largest automaton built; beyond it the check waits for the call.
const MAX_STATES: usize = 256;
/// The most moves of all states together.
const MAX_MOVES: usize = 4096;
/// The largest count of one repetition (`{0,100}`).
const MAX_REPEAT: u32 = 100;
/// The most nodes of the first automaton.
const MAX_NODES: usize = 4096;
/// One past the highest char.
const CHAR_END: u32 = 0x11_0000;

/// A deterministic automaton: state 0 first.
#[derive(Debug, PartialEq)]
pub(crate) struct Automaton {
    pub(crate) states: Vec<State>,
}

#[derive(Debug, PartialEq)]
pub(crate) struct State {
    /// (lowest char, highest char, next state), by increasing chars.
    pub(crate) moves: Vec<(u32, u32, u32)>,
    pub(crate) matched: bool,
    pub(crate) matched_at_end: bool,
}

/// The automaton of `pattern`, or `None` where it cannot be built (see the module docs).
pub(crate) fn build(pattern: &str) -> Option<Automaton> {
    let hir = regex_syntax::ParserBuilder::new().unicode(false).utf8(false).build().parse(pattern).ok()?;
    let mut nfa = Nfa { nodes: vec![Node::Match] };
    let start = nfa.compile(&hir, 0)?;
    determinize(&nfa, start)
}

impl Automaton {
    /// `Matcher { states: &[..], moves: &[..] }`, the run-time crate's form.
    pub(crate) fn to_tokens(&self, private: &TokenStream) -> TokenStream {
        let mut first = 0u32;
        let states = self.states.iter().map(|state| {
            let count = u32::try_from(state.moves.len()).unwrap_or(u32::MAX);
            let (matched, at_end) = (state.matched, state.matched_at_end);
            let tokens = quote! {
                #private::rules::MatcherState { first: #first, count: #count, matched: #matched, matched_at_end: #at_end }
            };
            first += count;
            tokens
        });
        let moves = self.states.iter().flat_map(|state| &state.moves).map(|(lo, hi, to)| quote!((#lo, #hi, #to)));
        quote!(#private::rules::Matcher { states: &[#(#states),*], moves: &[#(#moves),*] })
    }
}

/// A node of the first automaton; each leads to the nodes it names.
enum Node {
    /// Takes one char in these ranges.
    Chars(Vec<(u32, u32)>, usize),
    Split(Vec<usize>),
    /// `^`: only where the value starts.
    Start(usize),
    /// `$`: only where the value ends.
    End(usize),
    Match,
}

struct Nfa {
    nodes: Vec<Node>,
}

impl Nfa {
    fn push(&mut self, node: Node) -> Option<usize> {
        self.nodes.push(node);
        (self.nodes.len() <= MAX_NODES).then_some(self.nodes.len() - 1)
    }

    /// The node that matches `hir` and then goes on to `next`.
    fn compile(&mut self, hir: &Hir, next: usize) -> Option<usize> {
        match hir.kind() {
            HirKind::Empty => Some(next),
            HirKind::Literal(literal) => {
                let text = std::str::from_utf8(&literal.0).ok()?;
                text.chars().rev().try_fold(next, |next, c| self.push(Node::Chars(vec![(c as u32, c as u32)], next)))
            }
            HirKind::Class(class) => self.push(Node::Chars(ranges(class)?, next)),
            HirKind::Look(Look::Start) => self.push(Node::Start(next)),
            HirKind::Look(Look::End) => self.push(Node::End(next)),
            HirKind::Look(_) => None,
            HirKind::Repetition(repetition) => {
                let (min, max) = (repetition.min, repetition.max);
                if min > MAX_REPEAT || max.is_some_and(|max| max > MAX_REPEAT) {
                    return None;
                }
                let mut entry = match max {
                    None => {
                        let hub = self.push(Node::Split(Vec::new()))?;
                        let body = self.compile(&repetition.sub, hub)?;
                        self.nodes[hub] = Node::Split(vec![body, next]);
                        hub
                    }
                    Some(max) => {
                        let mut entry = next;
                        for _ in min..max {
                            let body = self.compile(&repetition.sub, entry)?;
                            entry = self.push(Node::Split(vec![body, next]))?;
                        }
                        entry
                    }
                };
                for _ in 0..min {
                    entry = self.compile(&repetition.sub, entry)?;
                }
                Some(entry)
            }
            HirKind::Capture(capture) => self.compile(&capture.sub, next),
            HirKind::Concat(parts) => parts.iter().rev().try_fold(next, |next, part| self.compile(part, next)),
            HirKind::Alternation(choices) => {
                let entries = choices.iter().map(|choice| self.compile(choice, next)).collect::<Option<Vec<_>>>()?;
                self.push(Node::Split(entries))
            }
        }
    }
}

/// A class's chars. Parsed without Unicode, a class is bytes: its ASCII part stands for
/// those chars, and all of 0x80-0xFF (a negated class, `.`) for every char beyond ASCII; a
/// class with only some of 0x80-0xFF has no such reading.
fn ranges(class: &Class) -> Option<Vec<(u32, u32)>> {
    match class {
        Class::Unicode(class) => Some(class.iter().map(|r| (r.start() as u32, r.end() as u32)).collect()),
        Class::Bytes(class) => {
            let mut out = Vec::new();
            let mut beyond_ascii = 0;
            for range in class.iter() {
                let (lo, hi) = (u32::from(range.start()), u32::from(range.end()));
                if lo <= 0x7F {
                    out.push((lo, hi.min(0x7F)));
                }
                if hi >= 0x80 {
                    beyond_ascii += hi - lo.max(0x80) + 1;
                }
            }
            match beyond_ascii {
                0 => {}
                128 => out.push((0x80, CHAR_END - 1)),
                _ => return None,
            }
            Some(out)
        }
    }
}

/// The nodes a search can be at, having followed every link that takes no char.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Closure {
    /// The `Chars` nodes reached.
    waiting: BTreeSet<usize>,
    matched: bool,
    matched_at_end: bool,
}

fn closure(nfa: &Nfa, roots: &[usize], at_start: bool) -> Closure {
    let mut out = Closure { waiting: BTreeSet::new(), matched: false, matched_at_end: false };
    // (node, whether a `$` was passed: then only the value's end can follow)
    let mut seen = BTreeSet::new();
    let mut stack: Vec<(usize, bool)> = roots.iter().map(|&root| (root, false)).collect();
    while let Some((id, after_end)) = stack.pop() {
        if !seen.insert((id, after_end)) {
            continue;
        }
        match &nfa.nodes[id] {
            Node::Chars(..) if !after_end => {
                out.waiting.insert(id);
            }
            Node::Chars(..) => {}
            Node::Split(next) => stack.extend(next.iter().map(|&n| (n, after_end))),
            Node::Start(next) if at_start => stack.push((*next, after_end)),
            Node::Start(_) => {}
            Node::End(next) => stack.push((*next, true)),
            Node::Match if after_end => out.matched_at_end = true,
            Node::Match => out.matched = true,
        }
    }
    out.matched_at_end |= out.matched;
    out
}

/// The deterministic automaton of `nfa` from `start`, searching: at every char a new
/// attempt begins from `start`, as `is_match` finds a match anywhere.
fn determinize(nfa: &Nfa, start: usize) -> Option<Automaton> {
    let first = closure(nfa, &[start], true);
    let mut ids: HashMap<Closure, u32> = HashMap::from([(first.clone(), 0)]);
    let mut pending = vec![first];
    let mut states = Vec::new();
    let mut moves_total = 0;
    while states.len() < pending.len() {
        let current = pending[states.len()].clone();
        let mut moves: Vec<(u32, u32, u32)> = Vec::new();
        if !current.matched {
            for (lo, hi, targets) in steps(nfa, &current.waiting) {
                let mut roots = targets;
                roots.push(start);
                let next = closure(nfa, &roots, false);
                if next.waiting.is_empty() && !next.matched_at_end {
                    continue;
                }
                let id = match ids.get(&next) {
                    Some(&id) => id,
                    None => {
                        let id = u32::try_from(pending.len()).ok()?;
                        ids.insert(next.clone(), id);
                        pending.push(next);
                        id
                    }
                };
                match moves.last_mut() {
                    Some(last) if last.2 == id && last.1 + 1 == lo => last.1 = hi,
                    _ => moves.push((lo, hi, id)),
                }
            }
        }
        moves_total += moves.len();
        if pending.len() > MAX_STATES || moves_total > MAX_MOVES {
            return None;
        }
        states.push(State { moves, matched: current.matched, matched_at_end: current.matched_at_end });
    }
    Some(Automaton { states })
}

/// Every char range on which the `waiting` nodes move alike, with the nodes they move to.
fn steps(nfa: &Nfa, waiting: &BTreeSet<usize>) -> Vec<(u32, u32, Vec<usize>)> {
    let takes = |id: usize| match &nfa.nodes[id] {
        Node::Chars(ranges, next) => Some((ranges, *next)),
        _ => None,
    };
    let mut cuts = BTreeSet::from([0, CHAR_END]);
    for (ranges, _) in waiting.iter().filter_map(|&id| takes(id)) {
        for &(lo, hi) in ranges {
            cuts.insert(lo);
            cuts.insert(hi + 1);
        }
    }
    let cuts: Vec<u32> = cuts.into_iter().collect();
    cuts.windows(2)
        .map(|pair| {
            let (lo, hi) = (pair[0], pair[1] - 1);
            let targets = waiting
                .iter()
                .filter_map(|&id| takes(id))
                .filter(|(ranges, _)| ranges.iter().any(|&(a, b)| a <= lo && hi <= b))
                .map(|(_, next)| next)
                .collect();
            (lo, hi, targets)
        })
        .collect()
}

#[cfg(test)]
mod tests;
