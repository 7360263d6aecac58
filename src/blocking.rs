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

use std::fmt;

pub use tc3_runtime::blocking::Client;

use crate::Result;
use crate::paging::{Paged, Paginator};

/// The items of a paged action, one page fetched at a time, as an iterator of
/// `Result<Item>`: see [`Paged::pages_blocking`]. It ends as the async
/// [`Paginator`] does, and after an error.
pub struct Pages<A: Paged> {
    client: Client,
    inner: Paginator<A>,
    failed: bool,
}

impl<A: Paged> Pages<A> {
    pub(crate) fn new(client: &Client, request: A) -> Self {
        Pages { client: client.clone(), inner: Paginator::new(client.as_async().clone(), request), failed: false }
    }

    /// Stops after this many pages; default [`Paginator::DEFAULT_MAX_PAGES`].
    #[must_use]
    pub fn max_pages(mut self, pages: u64) -> Self {
        self.inner = self.inner.max_pages(pages);
        self
    }

    /// How many pages were fetched so far.
    pub fn pages_fetched(&self) -> u64 {
        self.inner.pages_fetched()
    }
}

impl<A: Paged> Iterator for Pages<A> {
    type Item = Result<A::Item>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let item = match self.client.block_on(self.inner.next()) {
            Ok(item) => item,
            Err(refused) => Some(Err(refused)),
        };
        self.failed = matches!(item, Some(Err(_)));
        item
    }
}

impl<A: Paged> fmt::Debug for Pages<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").field("inner", &self.inner).finish_non_exhaustive()
    }
}
