//! tc3: typed, signed, validated Tencent Cloud API 3.0 calls from plain Rust structs.
//!
//! ```no_run
//! # async fn run() -> tc3::Result<()> {
//! let client = tc3::Client::from_env()?;
//! let countries = client
//!     .call_json("intlpartnersmgt", "2022-09-28", "GetCountryCodes", serde_json::json!({}))
//!     .await?;
//! println!("{countries}");
//! # Ok(())
//! # }
//! ```

pub use tc3_macros::Action;
pub use tc3_runtime::{
    Action, Client, ClientBuilder, Credentials, CredentialsFuture, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DefaultChain, EnvironmentProvider, Error, ErrorKind, Language,
    ProfileProvider, ProvideCredentials, Result, Violation, sign,
};

#[doc(hidden)]
pub mod __private;
