//! Paging: every item of a paged action, fetching one page at a time.

#[cfg(feature = "blocking")]
pub(crate) mod blocking;
#[doc(hidden)]
pub mod shape;

use std::collections::VecDeque;
use std::fmt;
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures_core::Stream;

use crate::{Action, Client, Result};

/// A request that asks for one page of a longer list (`Page`/`PageSize`, or `Offset`/`Limit`,
/// on the wire).
///
/// The service's request types implement it; [`Paged::pages`] walks the list. An
/// `Offset`/`Limit` request is walked from its own offset on.
pub trait Paged: Action<Response: Send> + Clone + 'static {
    /// One item of the list.
    type Item;
    /// The page size asked for when the request leaves it unset: the largest allowed.
    const DEFAULT_PAGE_SIZE: u64;

    /// The 1-based page this request asks for (1 for an `Offset`/`Limit` request: its pages
    /// are counted from its offset).
    fn page(&self) -> u64;
    /// How many items per page it asks for, or 0 when unset.
    fn page_size(&self) -> u64;
    /// Makes the request ask for `page`, with `size` items per page.
    fn set_page(&mut self, page: u64, size: u64);
    /// Items of the list before this request's page 1: an `Offset`/`Limit` request's offset.
    fn items_before(&self) -> u64 {
        0
    }

    /// The page's items, and the total across pages when the service gives one.
    fn into_items(response: Self::Response) -> (Vec<Self::Item>, Option<u64>);

    /// Every item from this request's page on, a page at a time.
    fn pages(self, client: &Client) -> Paginator<Self> {
        Paginator::new(client.clone(), self)
    }

    /// As [`pages`](Paged::pages), as an iterator for synchronous code.
    #[cfg(feature = "blocking")]
    fn pages_blocking(self, client: &crate::blocking::Client) -> crate::blocking::Pages<Self> {
        crate::blocking::Pages::new(client, self)
    }
}

/// Yields the items of a paged action across pages: `while let Some(item) = pages.next().await`,
/// or as a [`Stream`] of `Result<Item>`.
///
/// Pages are fetched in order, each at most once. It stops after an empty page, once the
/// service's total is reached (or, when it gives none, after a short page: a total is trusted
/// over a service that caps the page size below the one asked for), after an error, or after
/// [`max_pages`](Paginator::max_pages) pages (default [`Paginator::DEFAULT_MAX_PAGES`]),
/// whichever comes first.
pub struct Paginator<A: Paged> {
    client: Client,
    request: A,
    /// The page being fetched, and the call fetching it.
    in_flight: Option<(u64, Fetch<A>)>,
    size: u64,
    buffer: VecDeque<A::Item>,
    next_page: Option<u64>,
    seen: u64,
    /// Items of the list before the first page fetched, counted against the total.
    skipped: u64,
    fetched: u64,
    max_pages: u64,
}

type Fetch<A> = Pin<Box<dyn Future<Output = Result<<A as Action>::Response>> + Send>>;

impl<A: Paged> Paginator<A> {
    /// Pages fetched at most, unless [`max_pages`](Paginator::max_pages) says otherwise.
    pub const DEFAULT_MAX_PAGES: u64 = 1000;

    /// Walks the pages of `request`, starting at its own page (at least 1).
    pub fn new(client: Client, request: A) -> Self {
        let size = match request.page_size() {
            0 => A::DEFAULT_PAGE_SIZE,
            size => size,
        };
        let first = request.page().max(1);
        let skipped = (first - 1).saturating_mul(size).saturating_add(request.items_before());
        Paginator {
            client,
            request,
            in_flight: None,
            size,
            buffer: VecDeque::new(),
            next_page: Some(first),
            seen: 0,
            skipped,
            fetched: 0,
            max_pages: Self::DEFAULT_MAX_PAGES,
        }
    }

    /// Fetches at most `pages` pages (at least one).
    #[must_use]
    pub fn max_pages(mut self, pages: u64) -> Self {
        self.max_pages = pages.max(1);
        self
    }

    /// How many pages were fetched so far.
    pub fn pages_fetched(&self) -> u64 {
        self.fetched
    }

    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(&mut self) -> Option<Result<A::Item>> {
        poll_fn(|cx| self.poll_item(cx)).await
    }

    /// The next whole page of items, or what is left of the current one; `None` after the
    /// last one.
    pub async fn next_page(&mut self) -> Option<Result<Vec<A::Item>>> {
        if !self.buffer.is_empty() {
            return Some(Ok(self.buffer.drain(..).collect()));
        }
        poll_fn(|cx| self.poll_page(cx)).await
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<A::Item>>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(self.poll_page(cx)) {
                Some(Ok(items)) => self.buffer.extend(items),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                None => return Poll::Ready(None),
            }
        }
    }

    /// Fetches the next page: each page number is asked for once, in order.
    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Vec<A::Item>>>> {
        if self.in_flight.is_none() {
            let Some(page) = self.next_page.take() else { return Poll::Ready(None) };
            let mut request = self.request.clone();
            request.set_page(page, self.size);
            let client = self.client.clone();
            self.in_flight = Some((page, Box::pin(async move { client.call(request).await })));
        }
        let Some((page, fetch)) = self.in_flight.as_mut() else { return Poll::Ready(None) };
        let (page, answer) = (*page, ready!(fetch.as_mut().poll(cx)));
        self.in_flight = None;
        // The client already retried what it safely could: an error ends the walk.
        let response = match answer {
            Ok(response) => response,
            Err(error) => return Poll::Ready(Some(Err(error))),
        };
        self.fetched += 1;
        let (items, total) = A::into_items(response);
        let count = items.len() as u64;
        self.seen += count;
        let last = count == 0
            || total.map_or(count < self.size, |total| self.skipped.saturating_add(self.seen) >= total)
            || self.fetched >= self.max_pages;
        if !last {
            self.next_page = page.checked_add(1);
        }
        Poll::Ready(Some(Ok(items)))
    }

    /// Every remaining item, or the first error.
    pub async fn collect(mut self) -> Result<Vec<A::Item>> {
        let mut out = Vec::new();
        while let Some(item) = self.next().await {
            out.push(item?);
        }
        Ok(out)
    }
}

impl<A: Paged + Unpin> Stream for Paginator<A>
where
    A::Item: Unpin,
{
    type Item = Result<A::Item>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

impl<A: Paged> fmt::Debug for Paginator<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("action", &A::ACTION)
            .field("page_size", &self.size)
            .field("next_page", &self.next_page.or(self.in_flight.as_ref().map(|(page, _)| *page)))
            .field("pages_fetched", &self.fetched)
            .field("items_seen", &self.seen)
            .field("max_pages", &self.max_pages)
            .finish_non_exhaustive()
    }
}
