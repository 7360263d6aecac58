//! Paginators for synchronous code: [`Pages`], an iterator over a paged action's items.

use std::fmt;

use super::{Paged, Paginator};
use crate::Result;
use crate::blocking::Client;

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
