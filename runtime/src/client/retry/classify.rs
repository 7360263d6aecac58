//! The one place that decides what follows a failed attempt: try again (and why), sign
//! again, or stop; and when a failure leaves a call's outcome unknown. `Error::is_retryable`,
//! the attempt loop and the transport errors all ask here.

use crate::{Error, ErrorKind};

/// Why a failed attempt is sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryReason {
    /// The connection was never made, so the request never left.
    NotConnected,
    /// The service refused the request for its rate before doing any work.
    Throttled,
    /// A gateway answered 429 or 5xx without an API envelope: the service never saw it.
    GatewayError,
    /// A timeout, broken connection or internal error of an action that is safe to repeat.
    Idempotent,
    /// The service refused the timestamp and its `Date` corrected the client's clock: the
    /// request is signed again at once, not counted as an attempt.
    ClockSkew,
}

/// What follows a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Send it again after a backoff, if attempts and the retry budget allow.
    Retry(RetryReason),
    /// The service refused our timestamp and its `Date` has just corrected our clock: the
    /// request was refused unprocessed; sign it again at once (not counted as an attempt).
    SignAgain,
    /// The error is the call's answer.
    Stop,
}

/// What the classifier needs to know of the call besides its error.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Call {
    /// The action is safe to repeat (read-only, or made so by the service).
    pub(crate) idempotent: bool,
    /// The clock moved by more than a minute since this attempt was signed, and the call has
    /// not been signed again for that yet.
    pub(crate) clock_corrected: bool,
}

/// Service codes meaning the request was refused before any work: throttling of every kind
/// (`RequestLimitExceeded`, `RequestLimitExceeded.UinLimitExceeded`, ...).
fn is_throttling(code: &str) -> bool {
    code.starts_with("RequestLimitExceeded")
}

/// Service codes of a failure inside the service: repeated only for idempotent actions, as
/// the request may have been partly processed.
const INTERNAL_CODES: [&str; 3] = ["InternalError", "ServiceUnavailable", "ResourceUnavailable"];

/// Why `error` proves the request had no effect, whatever the action; `None` when it does
/// not prove it.
pub(crate) fn no_effect(error: &Error) -> Option<RetryReason> {
    match error.kind() {
        ErrorKind::Connect => Some(RetryReason::NotConnected),
        ErrorKind::Service if error.code().is_some_and(is_throttling) => Some(RetryReason::Throttled),
        ErrorKind::Http if error.status().is_some_and(|s| s == 429 || s >= 500) => Some(RetryReason::GatewayError),
        _ => None,
    }
}

/// What follows `error`, the failure of one attempt of `call`.
///
/// A failure that proves the request had no effect is repeated for any action; any other
/// failure only for idempotent ones. A non-idempotent action that may have taken effect
/// never gets here as such: it has already become [`ErrorKind::OutcomeUnknown`].
pub(crate) fn verdict(error: &Error, call: Call) -> Verdict {
    if call.clock_corrected && error.code() == Some("AuthFailure.SignatureExpire") {
        return Verdict::SignAgain;
    }
    if let Some(reason) = no_effect(error) {
        return Verdict::Retry(reason);
    }
    let repeatable = match error.kind() {
        ErrorKind::Timeout | ErrorKind::Transport => true,
        ErrorKind::Service => error.code().is_some_and(|code| INTERNAL_CODES.contains(&code)),
        _ => false,
    };
    if call.idempotent && repeatable { Verdict::Retry(RetryReason::Idempotent) } else { Verdict::Stop }
}

/// Whether a failure of `kind` leaves it unknown if the call took effect: the request may
/// have reached the service (a timeout, or a connection broken once it was sent), and the
/// action is not safe to repeat, so it must not be retried and the caller must be told.
pub(crate) fn leaves_outcome_unknown(kind: ErrorKind, idempotent: bool) -> bool {
    !idempotent && matches!(kind, ErrorKind::Timeout | ErrorKind::Transport)
}

#[cfg(test)]
mod tests {
    use super::*;

    const READ: Call = Call { idempotent: true, clock_corrected: false };
    const WRITE: Call = Call { idempotent: false, clock_corrected: false };

    #[test]
    fn throttling_gateway_pages_and_refused_connections_are_repeated_for_any_action() {
        let throttled = Error::service("RequestLimitExceeded.UinLimitExceeded", "", None);
        let page = Error::new(ErrorKind::Http, "503").with_status(503);
        let refused = Error::new(ErrorKind::Connect, "refused");
        for (error, reason) in [
            (throttled, RetryReason::Throttled),
            (page, RetryReason::GatewayError),
            (refused, RetryReason::NotConnected),
        ] {
            assert_eq!(verdict(&error, WRITE), Verdict::Retry(reason), "{error}");
            assert!(error.is_retryable(), "{error}");
        }
        assert!(!Error::new(ErrorKind::Http, "404").with_status(404).is_retryable());
    }

    #[test]
    fn only_idempotent_calls_repeat_timeouts_broken_connections_and_internal_errors() {
        for error in [
            Error::new(ErrorKind::Timeout, "attempt timeout expired"),
            Error::new(ErrorKind::Transport, "reset"),
            Error::service("InternalError", "", None),
        ] {
            assert_eq!(verdict(&error, READ), Verdict::Retry(RetryReason::Idempotent), "{error}");
            assert_eq!(verdict(&error, WRITE), Verdict::Stop, "{error}");
            assert!(!error.is_retryable(), "{error}");
        }
    }

    #[test]
    fn business_refusals_and_bad_input_end_the_call() {
        for error in [Error::service("FailedOperation.PhoneBindUpper", "", None), Error::config("bad endpoint")] {
            assert_eq!(verdict(&error, READ), Verdict::Stop, "{error}");
        }
    }

    #[test]
    fn an_expired_signature_is_signed_again_only_once_the_clock_was_corrected() {
        let expired = Error::service("AuthFailure.SignatureExpire", "", None);
        assert_eq!(verdict(&expired, Call { clock_corrected: true, ..WRITE }), Verdict::SignAgain);
        assert_eq!(verdict(&expired, WRITE), Verdict::Stop);
    }

    #[test]
    fn a_timeout_or_broken_connection_of_a_write_leaves_its_outcome_unknown() {
        assert!(leaves_outcome_unknown(ErrorKind::Timeout, false));
        assert!(leaves_outcome_unknown(ErrorKind::Transport, false));
        assert!(!leaves_outcome_unknown(ErrorKind::Connect, false), "never sent");
        assert!(!leaves_outcome_unknown(ErrorKind::Timeout, true), "safe to repeat");
    }
}
