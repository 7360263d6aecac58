//! A server on 127.0.0.1 whose connections the test itself answers, byte by byte: each
//! accepted connection, its request read, is handed to the test, which writes a streamed
//! answer in the pieces it chooses, cuts it, or waits for the client to close it.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

use super::{Received, read_request};

pub(crate) struct EventServer {
    pub(crate) url: String,
    connections: mpsc::UnboundedReceiver<Connection>,
}

/// One connection with its request, answered by the test.
pub(crate) struct Connection {
    pub(crate) request: Received,
    stream: TcpStream,
}

impl EventServer {
    pub(crate) async fn start() -> EventServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (send, connections) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let send = send.clone();
                tokio::spawn(async move {
                    if let Some(request) = read_request(&mut stream).await {
                        let _ = send.send(Connection { request, stream });
                    }
                });
            }
        });
        EventServer { url, connections }
    }

    /// The next connection whose request arrived.
    pub(crate) async fn next(&mut self) -> Connection {
        self.connections.recv().await.expect("the server runs as long as the test")
    }

    /// Whether another connection arrived by now.
    pub(crate) fn another(&mut self) -> bool {
        self.connections.try_recv().is_ok()
    }
}

impl Connection {
    /// The head of a streamed answer, chunked, with the request id `request_id`.
    pub(crate) async fn start_events(&mut self, request_id: &str) {
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\
             X-TC-RequestId: {request_id}\r\n\r\n"
        );
        self.stream.write_all(head.as_bytes()).await.unwrap();
    }

    /// The head of a streamed answer whose body ends when the connection closes, as some
    /// gateways send it: a cut is then only seen inside an event.
    pub(crate) async fn start_events_until_close(&mut self, request_id: &str) {
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nConnection: close\r\n\
             X-TC-RequestId: {request_id}\r\n\r\n"
        );
        self.stream.write_all(head.as_bytes()).await.unwrap();
    }

    /// `bytes` of a body that ends when the connection closes.
    pub(crate) async fn send_raw(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).await.unwrap();
        self.stream.flush().await.unwrap();
    }

    /// `bytes` as one chunk of the body, sent now.
    pub(crate) async fn send(&mut self, bytes: &[u8]) {
        assert!(self.try_send(bytes).await, "the client closed the connection");
    }

    /// As `send`; false when the client has closed the connection.
    pub(crate) async fn try_send(&mut self, bytes: &[u8]) -> bool {
        let mut chunk = format!("{:x}\r\n", bytes.len()).into_bytes();
        chunk.extend_from_slice(bytes);
        chunk.extend_from_slice(b"\r\n");
        self.stream.write_all(&chunk).await.is_ok() && self.stream.flush().await.is_ok()
    }

    /// Ends the body properly, and the connection.
    pub(crate) async fn end(mut self) {
        self.stream.write_all(b"0\r\n\r\n").await.unwrap();
        let _ = self.stream.shutdown().await;
    }

    /// Closes the connection in the middle of the body.
    pub(crate) async fn cut(mut self) {
        let _ = self.stream.shutdown().await;
    }

    /// A whole answer with a JSON body.
    pub(crate) async fn json(self, body: &str) {
        self.answer(200, "application/json", body).await;
    }

    /// A whole answer.
    pub(crate) async fn answer(mut self, status: u16, content_type: &str, body: &str) {
        let answer = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        self.stream.write_all(answer.as_bytes()).await.unwrap();
        let _ = self.stream.shutdown().await;
    }

    /// Waits until the client closes the connection; the bytes it sent meanwhile.
    pub(crate) async fn closed_by_client(mut self) -> usize {
        let mut sink = Vec::new();
        let _ = self.stream.read_to_end(&mut sink).await;
        sink.len()
    }
}
