//! The one error type of tc3.

use std::fmt;
use std::time::Duration;

use crate::validate::Violation;

/// The result type of tc3.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, coarsely; match on it to decide what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error envelope; see [`Error::code`].
    Service,
    /// The request broke a rule checked before sending; nothing was sent.
    Validation,
    /// No usable credentials could be found or loaded.
    Credentials,
    /// The client was configured wrongly (bad endpoint, bad option).
    Config,
    /// The connection could not be made; the request never reached the server.
    Connect,
    /// A connect, attempt or whole-call timeout expired.
    Timeout,
    /// The connection failed while the request was being sent or answered.
    Transport,
    /// The server answered with a non-success HTTP status and no API envelope.
    Http,
    /// The answer could not be decoded (not JSON, truncated, wrong shape, too large).
    Decode,
    /// A call that is not safe to repeat may or may not have been processed.
    OutcomeUnknown,
    /// A waiter's poll found a state that will never become the one waited for (an instance
    /// `LAUNCH_FAILED`); [`Error::state`] names it.
    WaitFailed,
    /// A waiter ran out of time before the state it waits for; [`Error::state`] is the state
    /// of the last answer.
    WaitTimedOut,
}

/// An error of a tc3 call: a kind plus, when known, the service's code, message and request id.
///
/// One pointer wide. Its Display and Debug never contain secrets.
pub struct Error(Box<Inner>);

struct Inner {
    kind: ErrorKind,
    message: String,
    code: Option<String>,
    request_id: Option<String>,
    status: Option<u16>,
    retry_after: Option<Duration>,
    violations: Vec<Violation>,
    state: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error(Box::new(Inner {
            kind,
            message: message.into(),
            code: None,
            request_id: None,
            status: None,
            retry_after: None,
            violations: Vec::new(),
            state: None,
            source: None,
        }))
    }

    /// An error answered by the service: `{"Response":{"Error":{"Code","Message"},"RequestId"}}`.
    /// Public for tests that stand in for the service.
    pub fn service(code: impl Into<String>, message: impl Into<String>, request_id: Option<String>) -> Self {
        let mut e = Error::new(ErrorKind::Service, message);
        e.0.code = Some(code.into());
        e.0.request_id = request_id;
        e
    }

    /// A validation failure listing every violated rule.
    pub(crate) fn validation(violations: Vec<Violation>) -> Self {
        let message = violations.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
        let mut e = Error::new(ErrorKind::Validation, message);
        e.0.violations = violations;
        e
    }

    /// A configuration error, as returned by builders.
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config, message)
    }

    /// A credentials error: what a [`ProvideCredentials`](crate::ProvideCredentials) of
    /// one's own returns when it has none to give.
    pub fn credentials(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Credentials, message)
    }

    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.0.status = Some(status);
        self
    }

    pub(crate) fn with_code(mut self, code: Option<String>) -> Self {
        self.0.code = code;
        self
    }

    pub(crate) fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.0.request_id = request_id;
        self
    }

    pub(crate) fn with_retry_after(mut self, after: Option<Duration>) -> Self {
        self.0.retry_after = after;
        self
    }

    pub(crate) fn with_state(mut self, state: Option<String>) -> Self {
        self.0.state = state;
        self
    }

    pub(crate) fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.0.source = Some(Box::new(source));
        self
    }

    /// The same failure, known to the caller as `kind` with `message`; source kept.
    pub(crate) fn into_kind(mut self, kind: ErrorKind, message: String) -> Self {
        self.0.kind = kind;
        self.0.message = message;
        self
    }

    /// The coarse kind of this error.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The service's error code, e.g. `FailedOperation.SendVerifyCodeLimit60`.
    pub fn code(&self) -> Option<&str> {
        self.0.code.as_deref()
    }

    /// The service's message, or a description of the local failure.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The request id of the answer, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }

    /// How long to wait before the same call can succeed, when the error says so.
    pub fn retry_after(&self) -> Option<Duration> {
        self.0.retry_after
    }

    /// Every rule the request broke, for [`ErrorKind::Validation`]; empty otherwise.
    pub fn violations(&self) -> &[Violation] {
        &self.0.violations
    }

    /// For [`ErrorKind::WaitFailed`] and [`ErrorKind::WaitTimedOut`]: the state the waiter
    /// read in the last answer (`LAUNCH_FAILED`; several values joined with `,` when its path
    /// reads a list); `None` otherwise, or when the last answer had none.
    pub fn state(&self) -> Option<&str> {
        self.0.state.as_deref()
    }

    /// Whether a connect, attempt or whole-call timeout expired (a waiter running out of time
    /// is [`ErrorKind::WaitTimedOut`], not this).
    pub fn is_timeout(&self) -> bool {
        self.0.kind == ErrorKind::Timeout
    }

    /// Whether the request provably did not take effect and may be sent again as it is.
    pub fn is_retryable(&self) -> bool {
        crate::client::retry::classify::no_effect(self).is_some()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.0;
        match &inner.code {
            Some(code) => write!(f, "{code}: {}", inner.message)?,
            None => write!(f, "{}", inner.message)?,
        }
        if let Some(status) = inner.status {
            if inner.kind != ErrorKind::Service {
                write!(f, " (HTTP {status})")?;
            }
        }
        if let Some(id) = &inner.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.0;
        let mut d = f.debug_struct("Error");
        d.field("kind", &inner.kind).field("message", &inner.message);
        if let Some(code) = &inner.code {
            d.field("code", code);
        }
        if let Some(id) = &inner.request_id {
            d.field("request_id", id);
        }
        if let Some(status) = inner.status {
            d.field("status", &status);
        }
        if let Some(state) = &inner.state {
            d.field("state", state);
        }
        if let Some(source) = &inner.source {
            d.field("source", source);
        }
        d.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source.as_deref().map(|s| s as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_one_pointer_wide_and_thread_safe() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<Error>();
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }

    #[test]
    fn service_error_display_names_code_message_and_request_id() {
        let e = Error::service("FailedOperation.PhoneBindUpper", "too many accounts", Some("r-1".into()));
        assert_eq!(e.to_string(), "FailedOperation.PhoneBindUpper: too many accounts [request id r-1]");
        assert_eq!(e.kind(), ErrorKind::Service);
    }
}
