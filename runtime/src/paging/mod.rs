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

use crate::{Action, Client, Error, Result, Violation};

/// How a paged action says which page it asks for: what each action's entry in its version's
/// `PAGED_ACTIONS` states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageShape {
    /// `Offset` and `Limit`, counted in items, with the total where the answer has one.
    Offset,
    /// A page number and a page size. `base` is the number of the first page, 0 or 1, where
    /// the API's documentation states it (`codegen/paging-overrides.txt`); where it does not,
    /// `None`: the walk starts at the page the request sets, and refuses to start without one.
    PageNumber {
        /// The first page's number, when known.
        base: Option<u64>,
    },
    /// A token that each answer gives for the next page, sent back in the next request.
    Token,
}

/// A request that asks for one page of a longer list: by `Offset`/`Limit`, by a page number
/// (`PageNumber`/`PageSize` and the like) or by a token from the previous answer
/// ([`PageShape`]).
///
/// The service's request types implement it; [`Paged::pages`] walks the list from the
/// request's own page on, and yields the same stream of items whatever the shape.
pub trait Paged: Action<Response: Send> + Clone + 'static {
    /// One item of the list.
    type Item: Clone + PartialEq;
    /// How this action pages.
    const SHAPE: PageShape;
    /// The page size asked for when the request leaves it unset.
    const DEFAULT_PAGE_SIZE: u64;
    /// The wire name of the page number, for the error of a walk that cannot start.
    #[doc(hidden)]
    const PAGE_MEMBER: &'static str = "";

    /// The page number this request sends, in the action's own base, when set (`None` for an
    /// `Offset`/`Limit` request or a token).
    #[doc(hidden)]
    fn page(&self) -> Option<u64>;
    /// How many items per page it asks for, or 0 when unset.
    #[doc(hidden)]
    fn page_size(&self) -> u64;
    /// Makes the request ask for `page` (in the action's own base), with `size` items per page.
    #[doc(hidden)]
    fn set_page(&mut self, _page: u64, _size: u64) {}
    /// Makes an `Offset`/`Limit` request ask for `size` items, `skip` items after its own offset.
    #[doc(hidden)]
    fn set_offset(&mut self, _skip: u64, _size: u64) {}
    /// Items of the list before this request's page 1: an `Offset`/`Limit` request's offset.
    #[doc(hidden)]
    fn items_before(&self) -> u64 {
        0
    }
    /// The page token this request sends.
    #[doc(hidden)]
    fn token(&self) -> Option<&str> {
        None
    }
    /// Makes the request send `token`.
    #[doc(hidden)]
    fn set_token(&mut self, _token: String) {}

    /// The page's items, and what the answer says of the pages after it.
    #[doc(hidden)]
    fn into_page(response: Self::Response) -> shape::Page<Self::Item>;

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
/// Pages are fetched in order, each at most once. It stops after an error, after
/// [`max_pages`](Paginator::max_pages) pages (default [`Paginator::DEFAULT_MAX_PAGES`]), and as
/// the action's [`PageShape`] says:
///
/// - `Offset`: after an empty page, or once the total is reached where the answer has one.
///   Each page starts after the items received so far, so a service that gives fewer items
///   than the `Limit` asked for loses none; for the same reason a short page does not end a
///   walk without a total: an empty page does, one request later;
/// - `PageNumber`: after an empty page, or once the total is reached where the answer has one;
/// - `Token`: when the answer's flag (`ListOver`, `IsTruncated`, `HasMore`) says so, else
///   when it gives no token (absent, `null` or empty), or the token just sent;
/// - all: at a page identical to the one before (a service that repeats its last page, or
///   ignores the page asked for), whose items are not yielded again.
///
/// A page-number walk whose base the API does not document starts at the request's own page
/// and, when the request sets none, ends at once with a [`Validation`](crate::ErrorKind)
/// error: nothing is sent.
pub struct Paginator<A: Paged> {
    client: Client,
    request: A,
    /// The page being fetched, and the call fetching it.
    in_flight: Option<(Cursor, Fetch<A>)>,
    size: u64,
    buffer: VecDeque<A::Item>,
    next: Option<Cursor>,
    /// Why the walk cannot start, told on the first read.
    refused: Option<Error>,
    /// The last page's items, for the loop guard.
    previous: Option<Vec<A::Item>>,
    seen: u64,
    /// Items of the list before the first page fetched, counted against the total.
    skipped: u64,
    fetched: u64,
    max_pages: u64,
}

/// Which page a request asks for: a page number in the action's base, the items to skip after
/// an `Offset`/`Limit` request's own offset, or the token to send (`None`: the request's own).
#[derive(Debug, Clone)]
enum Cursor {
    Page(u64),
    Offset(u64),
    Token(Option<String>),
}

type Fetch<A> = Pin<Box<dyn Future<Output = Result<<A as Action>::Response>> + Send>>;

impl<A: Paged> Paginator<A> {
    /// Pages fetched at most, unless [`max_pages`](Paginator::max_pages) says otherwise.
    pub const DEFAULT_MAX_PAGES: u64 = 1000;

    /// Walks the pages of `request`, starting at its own page.
    pub fn new(client: Client, request: A) -> Self {
        let size = match request.page_size() {
            0 => A::DEFAULT_PAGE_SIZE,
            size => size,
        };
        let (next, refused, skipped) = match start(&request, size) {
            Ok((cursor, skipped)) => (Some(cursor), None, skipped),
            Err(error) => (None, Some(error), 0),
        };
        Paginator {
            client,
            request,
            in_flight: None,
            size,
            buffer: VecDeque::new(),
            next,
            refused,
            previous: None,
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

    /// Fetches the next page: each page is asked for once, in order.
    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Vec<A::Item>>>> {
        if let Some(refused) = self.refused.take() {
            return Poll::Ready(Some(Err(refused)));
        }
        if self.in_flight.is_none() {
            let Some(cursor) = self.next.take() else { return Poll::Ready(None) };
            let mut request = self.request.clone();
            match &cursor {
                Cursor::Page(page) => request.set_page(*page, self.size),
                Cursor::Offset(skip) => request.set_offset(*skip, self.size),
                Cursor::Token(Some(token)) => request.set_token(token.clone()),
                Cursor::Token(None) => {}
            }
            let client = self.client.clone();
            self.in_flight = Some((cursor, Box::pin(async move { client.call(request).await })));
        }
        let Some((_, fetch)) = self.in_flight.as_mut() else { return Poll::Ready(None) };
        let answer = ready!(fetch.as_mut().poll(cx));
        let Some((cursor, _)) = self.in_flight.take() else { return Poll::Ready(None) };
        // The client already retried what it safely could: an error ends the walk.
        let response = match answer {
            Ok(response) => response,
            Err(error) => return Poll::Ready(Some(Err(error))),
        };
        self.fetched += 1;
        let page = A::into_page(response);
        let count = page.items.len() as u64;
        self.seen += count;
        let total_reached = page.total.map(|total| self.skipped.saturating_add(self.seen) >= total);
        // A service that answers the page before again has no more to give: the walk ends
        // without yielding the same items twice.
        if self.previous.as_ref() == Some(&page.items) {
            return Poll::Ready(None);
        }
        let last = count == 0 || total_reached == Some(true);
        let next = match cursor {
            Cursor::Offset(skip) => Some(Cursor::Offset(skip.saturating_add(count))).filter(|_| !last),
            Cursor::Page(n) => n.checked_add(1).filter(|_| !last).map(Cursor::Page),
            Cursor::Token(sent) => {
                let sent = sent.as_deref().or(self.request.token());
                let token = page.next_token.filter(|token| !token.is_empty() && Some(token.as_str()) != sent);
                token.filter(|_| page.more != Some(false)).map(|token| Cursor::Token(Some(token)))
            }
        };
        if self.fetched < self.max_pages {
            self.next = next;
        }
        if self.next.is_some() {
            self.previous = Some(page.items.clone());
        }
        Poll::Ready(Some(Ok(page.items)))
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
            .field("shape", &A::SHAPE)
            .field("next", &self.next.as_ref().or(self.in_flight.as_ref().map(|(cursor, _)| cursor)))
            .field("pages_fetched", &self.fetched)
            .field("items_seen", &self.seen)
            .field("max_pages", &self.max_pages)
            .finish_non_exhaustive()
    }
}

/// Where the walk of `request` starts, and how many items of the list come before it.
fn start<A: Paged>(request: &A, size: u64) -> Result<(Cursor, u64)> {
    let (first, base) = match A::SHAPE {
        PageShape::Token => return Ok((Cursor::Token(None), 0)),
        PageShape::Offset => return Ok((Cursor::Offset(0), request.items_before())),
        PageShape::PageNumber { base: Some(base) } => (request.page().unwrap_or(base).max(base), base),
        // Counted as if from 1 unless the page is 0: never more items before the first page
        // than there are, so the total cannot end the walk early whatever the base.
        PageShape::PageNumber { base: None } => match request.page() {
            Some(page) => (page, page.min(1)),
            None => {
                let expected = "the page to start from: the API does not document whether its pages count from 0 or 1";
                return Err(Error::validation(vec![Violation::new(A::PAGE_MEMBER, "required", expected)]));
            }
        },
    };
    let skipped = (first - base).saturating_mul(size);
    Ok((Cursor::Page(first), skipped))
}
