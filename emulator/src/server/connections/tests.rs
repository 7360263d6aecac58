//! The accept loop and the connection cap, on a router of their own: a handler that waits
//! for the test's word shows what happens to a request in flight. Time is tokio's paused
//! clock.

use std::cell::Cell;
use std::net::SocketAddr;

use axum::routing::get;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;
use tokio::time::timeout;

use super::*;

/// An errno of the process: out of file descriptors.
const EMFILE: i32 = 24;

#[test]
fn an_error_of_one_connection_is_told_from_one_of_the_process() {
    for kind in [io::ErrorKind::ConnectionAborted, io::ErrorKind::ConnectionReset, io::ErrorKind::ConnectionRefused] {
        assert!(is_connection_error(&io::Error::from(kind)), "{kind:?}");
    }
    assert!(!is_connection_error(&io::Error::from_raw_os_error(EMFILE)));
    assert!(!is_connection_error(&io::Error::from(io::ErrorKind::OutOfMemory)));
}

/// How many times [`next_connection`] calls accept before it gives a connection, when the
/// first three calls fail with `error`, and how long that takes.
async fn accepts_until_a_connection(error: fn() -> io::Error) -> (u32, Duration) {
    let calls = Cell::new(0);
    let started = Instant::now();
    let accepted = next_connection(|| {
        calls.set(calls.get() + 1);
        let result = if calls.get() <= 3 { Err(error()) } else { Ok("a connection") };
        std::future::ready(result)
    });
    // Under the old loop, EMFILE made it call accept on and on, never yielding.
    assert_eq!(timeout(Duration::from_secs(60), accepted).await, Ok("a connection"));
    (calls.get(), started.elapsed())
}

#[tokio::test(start_paused = true)]
async fn out_of_file_descriptors_accepting_pauses_instead_of_spinning() {
    let (calls, took) = accepts_until_a_connection(|| io::Error::from_raw_os_error(EMFILE)).await;
    assert_eq!((calls, took), (4, 3 * ACCEPT_BACKOFF));
    let (calls, took) = accepts_until_a_connection(|| io::Error::from(io::ErrorKind::ConnectionAborted)).await;
    assert_eq!((calls, took), (4, Duration::ZERO), "a connection's own error is skipped at once");
}

/// Serves `router` on a free loopback port, at most `limit` connections at once.
async fn start(router: Router, limit: usize) -> (SocketAddr, watch::Sender<bool>, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, shutdown) = watch::channel(false);
    (addr, stop, tokio::spawn(serve(listener, router, limit, shutdown)))
}

/// Connects and sends a GET of `path`.
async fn get_on_new_connection(addr: SocketAddr, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes()).await.unwrap();
    stream
}

/// Reads one response with a body of `text/plain` of known length; its body.
async fn read_body(stream: &mut TcpStream) -> String {
    let mut all = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        let text = String::from_utf8_lossy(&all).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| l.strip_prefix("content-length: "))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            if all.len() >= end + 4 + length {
                return text[end + 4..].to_owned();
            }
        }
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "closed before a whole response: {text}");
        all.extend_from_slice(&chunk[..n]);
    }
}

/// Whether the peer has closed `stream` (reads to its end).
async fn is_closed(stream: &mut TcpStream) -> bool {
    let mut rest = Vec::new();
    matches!(stream.read_to_end(&mut rest).await, Ok(0) | Err(_))
}

#[tokio::test(start_paused = true)]
async fn a_connection_over_the_cap_waits_for_a_free_slot() {
    let (addr, _stop, _server) = start(Router::new().route("/", get(|| async { "hello" })), 2).await;
    let mut first = get_on_new_connection(addr, "/").await;
    let mut second = get_on_new_connection(addr, "/").await;
    assert_eq!((read_body(&mut first).await, read_body(&mut second).await), ("hello".into(), "hello".into()));
    // Both stay open (keep-alive); a third connection is not served meanwhile...
    let mut third = get_on_new_connection(addr, "/").await;
    let waiting = timeout(HEADER_TIMEOUT / 2, read_body(&mut third)).await;
    assert!(waiting.is_err(), "served over the cap: {waiting:?}");
    // ...until one of them closes.
    drop(first);
    assert_eq!(read_body(&mut third).await, "hello");
}

#[tokio::test(start_paused = true)]
async fn shutting_down_answers_requests_in_flight_and_closes_idle_connections() {
    let (entered, mut inside) = mpsc::unbounded_channel();
    let release = Arc::new(Notify::new());
    let handler_release = release.clone();
    let router = Router::new().route("/", get(|| async { "hello" })).route(
        "/slow",
        get(move || async move {
            entered.send(()).unwrap();
            handler_release.notified().await;
            "slow hello"
        }),
    );
    let (addr, stop, server) = start(router, 8).await;
    let mut idle = get_on_new_connection(addr, "/").await;
    assert_eq!(read_body(&mut idle).await, "hello");
    let mut busy = get_on_new_connection(addr, "/slow").await;
    inside.recv().await.unwrap();

    stop.send_replace(true);
    assert!(timeout(Duration::from_secs(1), is_closed(&mut idle)).await.unwrap(), "the idle one closes at once");
    assert!(!server.is_finished(), "a request is still in flight");
    release.notify_one();
    assert_eq!(read_body(&mut busy).await, "slow hello");
    assert!(timeout(Duration::from_secs(1), is_closed(&mut busy)).await.unwrap(), "and then its connection closes");
    timeout(Duration::from_secs(1), server).await.unwrap().unwrap();
    assert!(TcpStream::connect(addr).await.is_err(), "no connection is accepted any more");
}
