//! Connections that stall: a half-sent header, a body that never ends, a keep-alive
//! connection left idle, and connections still open when the emulator is dropped. Time is
//! tokio's paused clock, so the timeouts pass at once and in a fixed order.

use std::time::Duration;

use tc3_emulator::Emulator;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout};

/// Longer than any of the emulator's timeouts; a read still waiting then never ends.
const NEVER: Duration = Duration::from_secs(600);

async fn connect(e: &Emulator) -> TcpStream {
    let stream = TcpStream::connect(e.addr()).await.unwrap();
    stream.set_nodelay(true).unwrap();
    stream
}

/// Reads until the emulator closes the connection; what it sent, and when it closed.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> (String, Duration) {
    let started = Instant::now();
    let mut all = Vec::new();
    let read = timeout(within, async {
        let mut chunk = [0u8; 4096];
        // A reset counts as closed, as does the end of the stream.
        while let Ok(n @ 1..) = stream.read(&mut chunk).await {
            all.extend_from_slice(&chunk[..n]);
        }
    })
    .await;
    assert!(read.is_ok(), "the connection was still open after {within:?}");
    (String::from_utf8_lossy(&all).into_owned(), started.elapsed())
}

/// Reads one whole response (its head and `Content-Length` bytes of body).
async fn read_response(stream: &mut TcpStream) -> String {
    let mut all = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&all).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_owned()))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            if all.len() >= end + 4 + length {
                return text;
            }
        }
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "closed before a whole response: {text}");
        all.extend_from_slice(&chunk[..n]);
    }
}

const INBOX: &[u8] = b"GET /_emulator/inbox HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

#[tokio::test(start_paused = true)]
async fn a_half_sent_header_is_closed_after_the_header_timeout() {
    let e = Emulator::start().await.unwrap();
    let mut stream = connect(&e).await;
    stream.write_all(b"GET /_emulator/inbox HTTP/1.1\r\nHost: 127.0.0.1\r\n").await.unwrap();
    let (sent, after) = read_until_closed(&mut stream, NEVER).await;
    assert_eq!(after, Duration::from_secs(30), "{sent}");
    assert!(sent.is_empty() || sent.starts_with("HTTP/1.1 408"), "{sent}");
}

#[tokio::test(start_paused = true)]
async fn an_idle_keep_alive_connection_is_closed_after_the_header_timeout() {
    let e = Emulator::start().await.unwrap();
    let mut stream = connect(&e).await;
    for _ in 0..2 {
        stream.write_all(INBOX).await.unwrap();
        assert!(read_response(&mut stream).await.starts_with("HTTP/1.1 200"));
        tokio::time::sleep(Duration::from_secs(20)).await;
    }
    let (sent, after) = read_until_closed(&mut stream, NEVER).await;
    assert_eq!((sent.as_str(), after), ("", Duration::from_secs(10)), "30 s after the last answer");
}

#[tokio::test(start_paused = true)]
async fn a_body_that_never_ends_is_cut_off() {
    let e = Emulator::start().await.unwrap();
    let mut stream = connect(&e).await;
    // 10 of the 1000 bytes announced, then nothing: the emulator held such bodies forever.
    let head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
    stream.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_secs(25)).await;
    stream.write_all(b"{\"Limit\": ").await.unwrap();
    let (sent, after) = read_until_closed(&mut stream, NEVER).await;
    assert_eq!((sent.as_str(), after), ("", Duration::from_secs(5)), "30 s after the header");
}

#[tokio::test(start_paused = true)]
async fn dropping_the_emulator_closes_its_idle_connections() {
    let e = Emulator::start().await.unwrap();
    let mut stream = connect(&e).await;
    stream.write_all(INBOX).await.unwrap();
    read_response(&mut stream).await;
    drop(e);
    let (sent, after) = read_until_closed(&mut stream, Duration::from_secs(1)).await;
    assert_eq!((sent.as_str(), after), ("", Duration::ZERO));
}
