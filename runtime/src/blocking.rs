//! `blocking::Client`: tc3's calls from plain, synchronous code.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

pub use crate::paging::blocking::Pages;
use crate::{Action, CallOptions, Error, Event, EventStream, Result, StreamingAction, WaitOptions, Waiter};

/// The builder of a blocking [`Client`]: the async client's settings and rules, and a
/// `build()` that makes the blocking client.
pub type ClientBuilder = crate::ClientBuilder<Blocking>;

/// The mode of a [`ClientBuilder`](crate::ClientBuilder) whose `build()` makes the blocking
/// [`Client`].
#[derive(Debug)]
pub enum Blocking {}

/// A client whose calls block the calling thread until they end, for programs with no async
/// runtime of their own (a plain `fn main()`, a script, a synchronous library).
///
/// It runs an async [`Client`](crate::Client) on a runtime of its own with one worker
/// thread, which drives connections and timers; everything else is the async client's:
/// the same builder, options, retries and errors. Called from inside an async runtime, it
/// refuses with an [`ErrorKind::Config`](crate::ErrorKind::Config) error instead of
/// deadlocking: use the async client there. Cheap to clone; clones share everything.
#[derive(Debug, Clone)]
pub struct Client {
    inner: crate::Client,
    runtime: Arc<Runtime>,
}

/// The client's runtime; dropping it never blocks, so a client may be dropped anywhere.
#[derive(Debug)]
struct Runtime(Option<tokio::runtime::Runtime>);

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

impl Client {
    /// A builder whose [`build`](ClientBuilder::build) makes a blocking client; the setters
    /// are the async client's.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// As [`Client::from_env`](crate::Client::from_env), blocking.
    pub fn from_env() -> Result<Client> {
        Client::with_runtime(crate::Client::from_env)
    }

    /// Makes the runtime, then the async client inside it (its connection pool belongs to
    /// the runtime that first uses it).
    pub(crate) fn with_runtime(build: impl FnOnce() -> Result<crate::Client>) -> Result<Client> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("tc3-blocking")
            .enable_all()
            .build()
            .map_err(|e| Error::config("cannot start the blocking client's runtime").with_source(e))?;
        let inner = {
            let _entered = runtime.enter();
            build()?
        };
        Ok(Client { inner, runtime: Arc::new(Runtime(Some(runtime))) })
    }

    /// As [`Client::call`](crate::Client::call), blocking.
    pub fn call<A: Action>(&self, request: A) -> Result<A::Response> {
        self.block_on(self.inner.call(request))?
    }

    /// As [`Client::call_with`](crate::Client::call_with), blocking.
    pub fn call_with<A: Action>(&self, request: A, options: &CallOptions) -> Result<A::Response> {
        self.block_on(self.inner.call_with(request, options))?
    }

    /// As [`Client::call_json`](crate::Client::call_json), blocking.
    pub fn call_json(
        &self,
        service: &str,
        version: &str,
        action: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value> {
        self.block_on(self.inner.call_json(service, version, action, params))?
    }

    /// As [`Client::call_json_with`](crate::Client::call_json_with), blocking.
    pub fn call_json_with(
        &self,
        service: &str,
        version: &str,
        action: &str,
        params: serde_json::Value,
        options: &CallOptions,
    ) -> Result<serde_json::Value> {
        self.block_on(self.inner.call_json_with(service, version, action, params, options))?
    }

    /// As [`Client::call_stream`](crate::Client::call_stream), blocking: an iterator of the
    /// stream's events, each `next` blocking until the next event arrives.
    pub fn call_stream<A: StreamingAction>(&self, request: A) -> Result<Events<A::Response>> {
        self.call_stream_with(request, &CallOptions::new())
    }

    /// As [`Client::call_stream_with`](crate::Client::call_stream_with), blocking.
    pub fn call_stream_with<A: StreamingAction>(
        &self,
        request: A,
        options: &CallOptions,
    ) -> Result<Events<A::Response>> {
        let stream = self.block_on(self.inner.call_stream_with(request, options))??;
        Ok(Events { stream, client: self.clone() })
    }

    /// As [`Client::wait`](crate::Client::wait), blocking.
    pub fn wait<A>(&self, waiter: &Waiter<A>, request: A, max_wait: Duration) -> Result<A::Response>
    where
        A: Action + Clone,
        A::Response: serde::Serialize,
    {
        self.block_on(self.inner.wait(waiter, request, max_wait))?
    }

    /// As [`Client::wait_with`](crate::Client::wait_with), blocking.
    pub fn wait_with<A>(
        &self,
        waiter: &Waiter<A>,
        request: A,
        max_wait: Duration,
        options: &WaitOptions,
    ) -> Result<A::Response>
    where
        A: Action + Clone,
        A::Response: serde::Serialize,
    {
        self.block_on(self.inner.wait_with(waiter, request, max_wait, options))?
    }

    /// The async client inside, for futures given to [`block_on`](Client::block_on).
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }

    /// Runs `future` to its end on this client's runtime, blocking the calling thread; an
    /// error, and nothing run, when the calling thread is inside an async runtime.
    pub fn block_on<F: Future>(&self, future: F) -> Result<F::Output> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::config(
                "tc3::blocking::Client was called inside an async runtime, where it would block \
                 the runtime's thread; use tc3::Client and .await there",
            ));
        }
        // The runtime lives as long as `self`; `None` only while being dropped.
        let runtime = self.runtime.0.as_ref().expect("the runtime outlives its client");
        Ok(runtime.block_on(future))
    }
}

/// A streamed answer read from synchronous code: an [`Iterator`] of the items
/// [`EventStream`] gives, with the same errors; dropping it closes the connection.
#[derive(Debug)]
pub struct Events<T> {
    stream: EventStream<T>,
    client: Client,
}

impl<T> Events<T> {
    /// As [`EventStream::request_id`].
    pub fn request_id(&self) -> Option<&str> {
        self.stream.request_id()
    }
}

impl<T: serde::de::DeserializeOwned> Iterator for Events<T> {
    type Item = Result<Event<T>>;

    /// The next event, blocking until it arrives; an error, then the end, when called inside
    /// an async runtime.
    fn next(&mut self) -> Option<Self::Item> {
        match self.client.block_on(self.stream.next_event()) {
            Ok(item) => item,
            Err(e) => {
                self.stream = EventStream::ended(self.stream.request_id().map(str::to_owned));
                Some(Err(e))
            }
        }
    }
}

impl ClientBuilder {
    /// The blocking client, or the first configuration error.
    pub fn build(self) -> Result<Client> {
        Client::with_runtime(move || self.build_async())
    }
}

impl crate::ClientBuilder {
    /// The blocking client from the async client's builder, or the first configuration error.
    pub fn build_blocking(self) -> Result<Client> {
        Client::with_runtime(move || self.build_async())
    }
}
