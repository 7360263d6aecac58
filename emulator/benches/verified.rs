//! Verified requests per second over keep-alive loopback connections, each checked
//! (timestamp, secret id, HMAC) and answered in full: the partner API's GetTradeConfigList
//! (from its model), and CVM's DescribeInstances (from the spec; its answer is the larger).
//! The client side is kept cheap (pre-signed bytes, a minimal reader) so the figure is the
//! emulator's.

use std::sync::Arc;

use divan::counter::ItemsCount;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CONNECTIONS: usize = 8;
const REQUESTS_PER_CONNECTION: usize = 250;

fn main() {
    divan::main();
}

/// `(service, version, action)` with an empty body.
type Call = (&'static str, &'static str, &'static str);

fn signed_request(emulator: &tc3_emulator::Emulator, (service, version, action): Call) -> Vec<u8> {
    let host = emulator.addr().to_string();
    let body = b"{}";
    let timestamp = emulator.now();
    let authorization =
        tc3::sign::authorization(&emulator.credentials(), service, &host, timestamp, "application/json", body);
    let mut request = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nAuthorization: {authorization}\r\n\
         X-TC-Action: {action}\r\nX-TC-Version: {version}\r\nX-TC-Timestamp: {timestamp}\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(body);
    request
}

/// Reads one response; returns whether it was a success envelope.
async fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                let ok = !buf[end + 4..end + 4 + length].windows(7).any(|w| w == b"\"Error\"");
                buf.drain(..end + 4 + length);
                return ok;
            }
        }
        let n = stream.read(&mut chunk).await.expect("read");
        assert!(n > 0, "the emulator closed the connection");
        buf.extend_from_slice(&chunk[..n]);
    }
}

#[divan::bench(sample_count = 10)]
fn verified_requests(bencher: divan::Bencher) {
    bench_calls(bencher, ("intlpartnersmgt", "2022-09-28", "GetTradeConfigList"));
}

#[divan::bench(sample_count = 10)]
fn verified_spec_driven_requests(bencher: divan::Bencher) {
    bench_calls(bencher, ("cvm", "2017-03-12", "DescribeInstances"));
}

fn bench_calls(bencher: divan::Bencher, call: Call) {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let emulator = runtime.block_on(tc3_emulator::Emulator::builder().without_rate_limits().start()).unwrap();
    let request = Arc::new(signed_request(&emulator, call));
    let addr = emulator.addr();
    let mut streams: Vec<TcpStream> = runtime.block_on(async { connect_all(addr, CONNECTIONS).await });
    bencher.counter(ItemsCount::new(CONNECTIONS * REQUESTS_PER_CONNECTION)).bench_local(|| {
        runtime.block_on(async {
            let mut tasks = Vec::new();
            for mut stream in streams.drain(..) {
                let request = request.clone();
                tasks.push(tokio::spawn(async move {
                    let mut buf = Vec::new();
                    for _ in 0..REQUESTS_PER_CONNECTION {
                        stream.write_all(&request).await.expect("write");
                        assert!(read_response(&mut stream, &mut buf).await, "a verified request was refused");
                    }
                    stream
                }));
            }
            for task in tasks {
                streams.push(task.await.unwrap());
            }
        });
    });
}

async fn connect_all(addr: std::net::SocketAddr, n: usize) -> Vec<TcpStream> {
    let mut streams = Vec::new();
    for _ in 0..n {
        let stream = TcpStream::connect(addr).await.unwrap();
        stream.set_nodelay(true).unwrap();
        streams.push(stream);
    }
    streams
}
