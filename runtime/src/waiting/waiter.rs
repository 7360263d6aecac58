//! What a waiter is: static data, an action's path and its acceptors, written by the generator
//! from the reviewed table `codegen/waiters.txt`; and how one answer is judged against it.

use std::fmt;
use std::marker::PhantomData;

use serde_json::Value;

use super::path;

/// What a waiter waits for, as data: the action it polls (`A`), a path into the answer
/// that reads the state, and the acceptors that say what each state means.
///
/// The catalogue's waiters are constants, `tc3::<service>::waiters::<NAME>`;
/// [`Client::wait`](crate::Client::wait) runs one. One's own is a `const` too:
///
/// ```
/// use tc3_runtime::waiting::{Acceptor, Matcher, Outcome, Waiter};
/// # #[derive(serde::Serialize, Clone)]
/// # struct DescribeThings {}
/// # impl tc3_runtime::Action for DescribeThings {
/// #     type Response = serde_json::Value;
/// #     const SERVICE: &'static str = "cvm";
/// #     const VERSION: &'static str = "2017-03-12";
/// #     const ACTION: &'static str = "DescribeThings";
/// # }
/// const THING_READY: Waiter<DescribeThings> = Waiter::new(
///     "THING_READY",
///     "ThingSet[].State",
///     &[
///         Acceptor::new(Outcome::Success, Matcher::All("READY")),
///         Acceptor::new(Outcome::Failure, Matcher::Any("BROKEN")),
///         Acceptor::new(Outcome::Retry, Matcher::Error("ResourceNotFound.Thing")),
///     ],
/// );
/// ```
pub struct Waiter<A> {
    name: &'static str,
    path: &'static str,
    acceptors: &'static [Acceptor],
    action: PhantomData<fn(A) -> A>,
}

impl<A> Waiter<A> {
    /// A waiter named `name` that reads `path` in each answer of `A` and judges it by the
    /// first of `acceptors` that matches; an answer no acceptor matches means "poll again".
    ///
    /// `path` names members by their wire names, separated by `.`; a member that holds a list
    /// is followed by `[]`, and the path then reads every item: `InstanceSet[].InstanceState`.
    pub const fn new(name: &'static str, path: &'static str, acceptors: &'static [Acceptor]) -> Self {
        Waiter { name, path, acceptors, action: PhantomData }
    }

    /// Its name, `INSTANCE_RUNNING`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The path of the state in each answer, `InstanceSet[].InstanceState`.
    pub fn path(&self) -> &'static str {
        self.path
    }

    /// Its acceptors, in the order they are tried.
    pub fn acceptors(&self) -> &'static [Acceptor] {
        self.acceptors
    }

    /// What one poll's answer (as its wire JSON) means.
    pub(super) fn judge_answer(&self, answer: &Value) -> Verdict {
        let values = path::read(answer, self.path);
        let state = state_of(&values);
        let found = self.acceptors.iter().find_map(|acceptor| {
            let matched = match acceptor.matcher {
                Matcher::All(expected) => !values.is_empty() && values.iter().all(|v| path::equals(v, expected)),
                Matcher::Any(expected) => values.iter().any(|v| path::equals(v, expected)),
                Matcher::Is(expected) => values.len() == 1 && path::equals(values[0], expected),
                Matcher::Empty => values.is_empty(),
                Matcher::Error(_) => false,
            };
            // A failure names the state that failed, not every state read.
            let state = match acceptor.matcher {
                Matcher::Any(expected) if acceptor.outcome == Outcome::Failure => Some(expected.to_owned()),
                _ => state.clone(),
            };
            matched.then_some((acceptor.outcome, state))
        });
        match found {
            Some((outcome, state)) => Verdict { outcome, state },
            None => Verdict { outcome: Outcome::Retry, state },
        }
    }

    /// What a poll that failed with the service's error `code` means, when an acceptor names it.
    pub(super) fn judge_error(&self, code: &str) -> Option<Outcome> {
        self.acceptors.iter().find(|a| matches!(a.matcher, Matcher::Error(named) if named == code)).map(|a| a.outcome)
    }
}

/// The values read, as the state an error reports: `None` when there are none.
fn state_of(values: &[&Value]) -> Option<String> {
    let texts: Vec<String> = values.iter().map(|v| path::text(v)).collect();
    (!texts.is_empty()).then(|| texts.join(","))
}

/// What a poll means, with the state it read.
#[derive(Debug)]
pub(super) struct Verdict {
    pub(super) outcome: Outcome,
    pub(super) state: Option<String>,
}

// By hand: a derive would ask `A: Clone`, `A: Debug`, and the waiter holds no `A`.
impl<A> Clone for Waiter<A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A> Copy for Waiter<A> {}

impl<A> fmt::Debug for Waiter<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("name", &self.name)
            .field("path", &self.path)
            .field("acceptors", &self.acceptors)
            .finish()
    }
}

/// One rule of a waiter: when its matcher matches, the wait ends (success or failure) or
/// goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acceptor {
    /// What a match means.
    pub outcome: Outcome,
    /// What it matches.
    pub matcher: Matcher,
}

impl Acceptor {
    /// An acceptor: `outcome` when `matcher` matches.
    pub const fn new(outcome: Outcome, matcher: Matcher) -> Self {
        Acceptor { outcome, matcher }
    }
}

/// What an acceptor's match means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// The state waited for: the wait returns this answer.
    Success,
    /// A state that will not become the one waited for: the wait fails with
    /// [`ErrorKind::WaitFailed`](crate::ErrorKind::WaitFailed).
    Failure,
    /// Not yet: poll again (what an answer no acceptor matches means too).
    Retry,
}

/// What an acceptor looks for in a poll's answer, at its waiter's path. Values compare as
/// text: a string as it is, a number or boolean as JSON writes it (`1`, `true`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Matcher {
    /// Every value read is this one, and there is at least one: false on an empty list.
    All(&'static str),
    /// At least one value read is this one.
    Any(&'static str),
    /// The path, which reads no list, reads exactly this value.
    Is(&'static str),
    /// The path reads nothing: an empty list, or no member there (a resource gone).
    Empty,
    /// The poll failed with this error code of the service (`InvalidInstanceId.NotFound`).
    Error(&'static str),
}
