//! Connections: accepting them without spinning when the process runs out of file
//! descriptors, at most [`MAX_CONNECTIONS`] at once, each served by hyper (HTTP/1.1,
//! keep-alive) within [`HEADER_TIMEOUT`] and [`BODY_TIMEOUT`], and a graceful shutdown.

#[cfg(test)]
mod tests;

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::Router;
use bytes::Bytes;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

use super::inject;

/// Connections served at once. Further ones are not accepted until one closes: they wait
/// in the kernel's listen backlog, costing the emulator nothing, and a client sees a slow
/// connect rather than an error. 256 keeps the emulator well under the usual limit of 1024
/// open files per process, and the request bodies it may hold at once under 256 × 10 MB.
pub(crate) const MAX_CONNECTIONS: usize = 256;

/// Time a client has to send a request's whole header, counted from when the emulator
/// starts waiting for it. hyper starts that clock as soon as the previous answer is sent,
/// so this is also how long a keep-alive connection may stay idle.
pub(crate) const HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// Time a client has to send a request's whole body, counted from the end of its header:
/// 10 MB (the largest body taken) in 30 s is 350 KB/s, far below loopback's speed. A body
/// still unfinished then fails, and its connection is closed.
pub(crate) const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// How long accepting pauses after an error of the process or the system rather than of
/// one connection (out of file descriptors, EMFILE; out of memory), as axum's `serve`
/// does: retrying at once would spin a core until a descriptor is freed.
const ACCEPT_BACKOFF: Duration = Duration::from_secs(1);

/// Serves `router` on `listener`, at most `limit` connections at once, until `shutdown`
/// turns true or its sender is dropped: then no connection is accepted any more, idle
/// ones close, requests in flight are answered, and it returns once all have closed.
pub(crate) async fn serve(listener: TcpListener, router: Router, limit: usize, mut shutdown: watch::Receiver<bool>) {
    let slots = Arc::new(Semaphore::new(limit));
    loop {
        let next = async {
            let slot = slots.clone().acquire_owned().await;
            let (stream, _) = next_connection(|| listener.accept()).await;
            (slot, stream)
        };
        let (slot, stream) = tokio::select! {
            () = stopped(&mut shutdown) => break,
            next = next => next,
        };
        // The semaphore is never closed, so a slot is always given in the end.
        let Ok(slot) = slot else { break };
        tokio::spawn(connection(stream, router.clone(), shutdown.clone(), slot));
    }
    drop(listener);
    // Each connection holds its slot until it closes.
    let _ = slots.acquire_many(u32::try_from(limit).unwrap_or(u32::MAX)).await;
}

/// Returns once `shutdown` is true or its sender is gone.
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

/// The next connection `accept` gives. An error of one connection (reset or aborted before
/// it was accepted) is skipped; any other (EMFILE, ENFILE, ENOMEM, ...) is the process's or
/// the system's, and accepting pauses for [`ACCEPT_BACKOFF`] before trying again.
async fn next_connection<S, F>(mut accept: impl FnMut() -> F) -> S
where
    F: Future<Output = io::Result<S>>,
{
    loop {
        match accept().await {
            Ok(accepted) => return accepted,
            Err(e) if is_connection_error(&e) => {}
            Err(e) => {
                eprintln!("tc3-emulator: cannot accept a connection ({e}); trying again in 1 s");
                tokio::time::sleep(ACCEPT_BACKOFF).await;
            }
        }
    }
}

/// Whether an accept error concerns only the connection being accepted (axum's rule).
fn is_connection_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused | io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset
    )
}

/// Serves one connection, holding `_slot` until it closes. A response that fault injection
/// marks [`inject::Close`] closes its connection instead.
async fn connection(
    stream: TcpStream,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    _slot: OwnedSemaphorePermit,
) {
    let _ = stream.set_nodelay(true);
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        let router = router.clone();
        async move {
            let request = request.map(|body| Deadline::new(body, BODY_TIMEOUT));
            let Ok(response) = router.oneshot(request).await;
            match response.extensions().get::<inject::Close>() {
                Some(why) => Err(io::Error::other(why.0)),
                None => Ok(response),
            }
        }
    });
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(HEADER_TIMEOUT);
    let conn = http.serve_connection(TokioIo::new(stream), service);
    let mut conn = std::pin::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        () = stopped(&mut shutdown) => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// A request body that fails once its deadline has passed.
#[derive(Debug)]
struct Deadline<B> {
    body: B,
    deadline: Instant,
    /// Made the first time the body is not ready, so a request without one costs no timer.
    timer: Option<Pin<Box<Sleep>>>,
}

impl<B> Deadline<B> {
    fn new(body: B, within: Duration) -> Self {
        Deadline { body, deadline: Instant::now() + within, timer: None }
    }
}

impl<B> Body for Deadline<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        if let Poll::Ready(frame) = Pin::new(&mut this.body).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        let deadline = this.deadline;
        ready!(this.timer.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline))).as_mut().poll(cx));
        Poll::Ready(Some(Err("the request's body was not sent in time".into())))
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
