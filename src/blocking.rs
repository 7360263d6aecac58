//! Calls and paginators for synchronous code (the `blocking` feature): the same client,
//! requests, options and errors, with calls that block instead of `.await`.
//!
//! ```no_run
//! use tc3::intlpartnersmgt::{QueryCustomersCredit, QueryPartnerCredit};
//! use tc3::paging::Paged as _;
//!
//! fn main() -> tc3::Result<()> {
//!     let client = tc3::blocking::Client::from_env()?;
//!     println!("{:?}", client.call(QueryPartnerCredit {})?.remaining_credit);
//!     for customer in tc3::request!(QueryCustomersCredit { page_size: 100 }).pages_blocking(&client) {
//!         println!("{:?}", customer?.client_uin);
//!     }
//!     Ok(())
//! }
//! ```

pub use tc3_runtime::blocking::{Blocking, Client, ClientBuilder, Events, Pages};
