//! The tc3 side of `benches/compare/stream_cost.sh`: a long stream of events read through
//! `Client::call_stream`, next to a bare reqwest client reading the same bytes.
//!
//! ```text
//! bench_stream serve                          start the server, print its URL, serve until killed
//! bench_stream tc3|raw|decoded <url> <events> CPU µs per event, peak RSS in MB
//! ```
//!
//! `raw` reads the bytes only; `decoded` also decodes each event into the type tc3 decodes
//! into, the least a typed reader must do. The server writes each stream as it goes (a
//! request's `Model` member is its number of events) and runs in its own process, so only the
//! reader's CPU time and memory are counted. The reader runs on a current-thread runtime, as
//! the work of reading is what is compared: on a multi-threaded one, the connection's task and
//! the reader hand every chunk from one thread to another, and the kernel's wake-ups (three
//! quarters of the CPU time under `perf`) swamp it.

#[path = "../benches/support/load.rs"]
#[allow(dead_code)]
mod load;
#[path = "../benches/support/process.rs"]
mod process;
#[path = "../benches/support/stream.rs"]
mod stream;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["serve"] => runtime.block_on(async {
            println!("{}", stream::serve("127.0.0.1:0").await);
            std::future::pending::<()>().await;
        }),
        [mode @ ("tc3" | "raw" | "decoded"), url, events] => {
            let events: u64 = events.parse().expect("a number of events");
            let client =
                tc3_runtime::Client::builder().credentials(load::credentials()).endpoint(*url).build().unwrap();
            let http = reqwest::Client::builder().no_proxy().build().unwrap();
            let before = process::cpu_time();
            runtime.block_on(async {
                match *mode {
                    "tc3" => assert_eq!(stream::tc3_stream(&client, events).await, events, "events read"),
                    "decoded" => assert_eq!(stream::raw_decoded(&http, url, events).await, events, "events read"),
                    _ => assert!(stream::raw_stream(&http, url, events).await > 0, "bytes read"),
                }
            });
            let cpu = process::cpu_time() - before;
            let micros_per_event = cpu.as_secs_f64() * 1e6 / events as f64;
            println!("{micros_per_event:.2} {:.1}", process::peak_rss_bytes() as f64 / 1e6);
        }
        _ => {
            eprintln!("usage: bench_stream serve | tc3|raw|decoded <url> <events>");
            std::process::exit(2);
        }
    }
}
