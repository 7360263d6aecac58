//! Waiters: polling a read until the answer shows the state waited for
//! ([`Client::wait`]), by the data of a [`Waiter`].
//!
//! Each poll is an ordinary call ([`Client::call_with`]), with its retries: the actions
//! waiters poll are reads, safe to repeat. Between polls, a jittered delay that grows from a
//! minimum to a maximum ([`WaitOptions`]); the deadline is required, and the last poll starts
//! just before it.

mod options;
mod path;
mod waiter;

use std::time::Duration;

use serde::Serialize;
use serde_json::Value;
use tokio::time::Instant;

pub use options::{DEFAULT_MAX_DELAY, DEFAULT_MIN_DELAY, WaitOptions};
pub use waiter::{Acceptor, Matcher, Outcome, Waiter};

use crate::{Action, Client, Error, ErrorKind, Result};

impl Client {
    /// Polls `request` until its answer shows the state `waiter` waits for, and returns that
    /// answer; gives up after `max_wait`. Delays and each poll's settings are the defaults of
    /// [`WaitOptions`].
    ///
    /// Ends in an error of kind [`ErrorKind::WaitFailed`] when an answer shows a state the
    /// waiter calls a failure, [`ErrorKind::WaitTimedOut`] when `max_wait` passes first (the
    /// last poll starts just before it; it runs to its end, within its call timeout); both
    /// carry the last answer's state ([`Error::state`]) and request id. A poll that fails with
    /// an error no acceptor of the waiter names ends the wait with that error, after the
    /// call's own retries. When an error code is what means success (a resource gone), the
    /// answer returned is the response with its request id alone: every member of a generated
    /// response `None`.
    ///
    /// ```no_run
    /// # #[derive(serde::Serialize, Clone)]
    /// # struct DescribeThings {}
    /// # impl tc3_runtime::Action for DescribeThings {
    /// #     type Response = serde_json::Value;
    /// #     const SERVICE: &'static str = "cvm";
    /// #     const VERSION: &'static str = "2017-03-12";
    /// #     const ACTION: &'static str = "DescribeThings";
    /// # }
    /// # use tc3_runtime::waiting::{Acceptor, Matcher, Outcome, Waiter};
    /// # const THING_READY: Waiter<DescribeThings> =
    /// #     Waiter::new("THING_READY", "State", &[Acceptor::new(Outcome::Success, Matcher::Is("READY"))]);
    /// # async fn run(client: tc3_runtime::Client) -> tc3_runtime::Result<()> {
    /// use std::time::Duration;
    ///
    /// let ready = client.wait(&THING_READY, DescribeThings {}, Duration::from_secs(600)).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn wait<A>(&self, waiter: &Waiter<A>, request: A, max_wait: Duration) -> Result<A::Response>
    where
        A: Action + Clone,
        A::Response: Serialize,
    {
        self.wait_with(waiter, request, max_wait, &WaitOptions::new()).await
    }

    /// As [`wait`](Client::wait), with `options` setting the delays between polls and each
    /// poll's [`CallOptions`](crate::CallOptions).
    pub async fn wait_with<A>(
        &self,
        waiter: &Waiter<A>,
        request: A,
        max_wait: Duration,
        options: &WaitOptions,
    ) -> Result<A::Response>
    where
        A: Action + Clone,
        A::Response: Serialize,
    {
        options.check()?;
        let deadline = Instant::now() + max_wait;
        let mut last = Last::default();
        let mut last_poll = false;
        for poll in 0u32.. {
            match self.call_with(request.clone(), options.call()).await {
                Ok(response) => {
                    let answer = serde_json::to_value(&response)
                        .map_err(|e| Error::new(ErrorKind::Decode, "cannot read the answer as JSON").with_source(e))?;
                    let verdict = waiter.judge_answer(&answer);
                    last = Last {
                        state: verdict.state,
                        code: None,
                        request_id: answer.get("RequestId").and_then(Value::as_str).map(str::to_owned),
                    };
                    match verdict.outcome {
                        Outcome::Success => return Ok(response),
                        Outcome::Failure => return Err(last.failed::<A>(waiter)),
                        Outcome::Retry => {}
                    }
                }
                Err(error) => {
                    let Some(code) = error.code().filter(|_| error.kind() == ErrorKind::Service) else {
                        return Err(error);
                    };
                    last = Last {
                        state: None,
                        code: Some(code.to_owned()),
                        request_id: error.request_id().map(str::to_owned),
                    };
                    match waiter.judge_error(code) {
                        Some(Outcome::Success) => return gone::<A>(error.request_id()),
                        Some(Outcome::Failure) => return Err(last.failed::<A>(waiter)),
                        Some(Outcome::Retry) => {}
                        None => return Err(error),
                    }
                }
            }
            let remaining = deadline.saturating_duration_since(Instant::now());
            let margin = options.last_poll_margin();
            if last_poll || remaining <= margin {
                break;
            }
            let delay = options.delay(poll);
            if delay + margin < remaining {
                tokio::time::sleep(delay).await;
            } else {
                tokio::time::sleep_until(deadline - margin).await;
                last_poll = true;
            }
        }
        Err(last.timed_out::<A>(waiter, max_wait))
    }
}

/// What the last poll said, for the error that ends a wait.
#[derive(Debug, Default)]
struct Last {
    state: Option<String>,
    code: Option<String>,
    request_id: Option<String>,
}

impl Last {
    fn failed<A: Action>(self, waiter: &Waiter<A>) -> Error {
        // Display puts the code first: the message need not repeat it.
        let what = match (&self.state, &self.code) {
            (Some(state), _) => format!("reached {state}, a failure state"),
            (None, Some(_)) => "this error is a failure state".to_owned(),
            (None, None) => "a failure state".to_owned(),
        };
        let message = format!("{} ({}): {what}", waiter.name(), A::ACTION);
        self.into_error(ErrorKind::WaitFailed, message)
    }

    fn timed_out<A: Action>(self, waiter: &Waiter<A>, max_wait: Duration) -> Error {
        let state = match (&self.state, &self.code) {
            (Some(state), _) => format!("state {state}"),
            (None, Some(_)) => "this error".to_owned(),
            (None, None) => "no state".to_owned(),
        };
        let message =
            format!("{} ({}): not reached within {max_wait:?}; the last answer had {state}", waiter.name(), A::ACTION);
        self.into_error(ErrorKind::WaitTimedOut, message)
    }

    fn into_error(self, kind: ErrorKind, message: String) -> Error {
        Error::new(kind, message).with_code(self.code).with_state(self.state).with_request_id(self.request_id)
    }
}

/// The answer of a wait that an error code ended in success: the response with only its
/// request id.
fn gone<A: Action>(request_id: Option<&str>) -> Result<A::Response> {
    serde_json::from_value(serde_json::json!({ "RequestId": request_id.unwrap_or_default() })).map_err(|e| {
        Error::new(
            ErrorKind::Decode,
            format!("{} has members an answer must have: its waiter ended on an error", A::ACTION),
        )
        .with_source(e)
    })
}
