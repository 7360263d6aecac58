//! The runtime of tc3: the [`Action`] trait, TC3-HMAC-SHA256 signing, credentials, the
//! client and its errors, paginators and waiters.
//!
//! Users depend on the `tc3` crate, which re-exports everything here. Of all services this
//! crate knows only STS's two credential actions, which its role providers call.

#[doc(hidden)]
pub mod __private;
mod action;
#[cfg(feature = "blocking")]
pub mod blocking;
mod client;
mod credentials;
mod decimal;
mod error;
mod multipart;
mod one_or_many;
pub mod paging;
mod payload;
#[doc(hidden)]
pub mod rules;
pub mod sign;
mod validate;
pub mod waiting;

pub use action::{Action, ActionInfo, StreamingAction};
pub use client::{
    Async, AttemptInfo, CallOptions, Client, ClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF,
    DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_RESPONSE_BYTES, Event, EventStream, Language, RetryReason, Site,
};
pub use credentials::{
    AssumeRoleProvider, Credentials, CredentialsFuture, CvmRoleProvider, DEFAULT_METADATA_ENDPOINT, DefaultChain,
    EnvironmentProvider, ProfileProvider, ProvideCredentials, ProviderChain, TccliProvider, WebIdentityProvider,
};
pub use decimal::{Decimal, ParseDecimalError};
pub use error::{Error, ErrorKind, Result};
pub use multipart::Form;
pub use one_or_many::OneOrMany;
pub use payload::Payload;
pub use validate::Violation;
pub use waiting::{WaitOptions, Waiter};

/// Hooks for the benchmarks, so that they measure the client's own code; not a public API.
#[doc(hidden)]
pub mod __bench {
    pub use crate::client::decode::decode as decode_answer;
}
