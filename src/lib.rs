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

pub use tc3_macros::{Action, Object, request};
pub use tc3_runtime::{
    Action, Client, ClientBuilder, Credentials, CredentialsFuture, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DefaultChain, EnvironmentProvider, Error, ErrorKind, Language,
    ProfileProvider, ProvideCredentials, Result, Violation, sign,
};

// Lets `::tc3::...` paths in generated code resolve inside this crate too.
extern crate self as tc3;

#[doc(hidden)]
pub mod __private;
