//! The tc3 side of `benches/compare/run.sh`, which measures tc3 and the official SDKs
//! against one loopback server in one run.
//!
//! ```text
//! bench_calls serve                        start the server, print its URL, serve until killed
//! bench_calls sign <n>                     microseconds per signature of a small request
//! bench_calls tc3|raw <url> <in_flight> <seconds>   calls per second
//! bench_calls cost tc3|raw <url> <in_flight> <calls>  CPU µs per call, peak RSS in MB
//! ```
//!
//! `cost` reads this process's CPU time (user + system, all threads: what `getrusage`
//! reports) from `/proc/self/stat` around the calls, and its peak RSS from `VmHWM` in
//! `/proc/self/status`, so it needs Linux; the server runs in another process.

use std::time::{Duration, Instant};

#[path = "../benches/support/keep_alive.rs"]
mod keep_alive;
#[path = "../benches/support/load.rs"]
mod load;
#[path = "../benches/support/process.rs"]
mod process;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["serve"] => runtime.block_on(async {
            println!("{}", keep_alive::serve("127.0.0.1:0").await);
            std::future::pending::<()>().await;
        }),
        ["sign", n] => println!("{:.3}", sign_micros(n.parse().expect("a count"))),
        [mode @ ("tc3" | "raw"), url, in_flight, seconds] => {
            let in_flight: usize = in_flight.parse().expect("a number in flight");
            let seconds: f64 = seconds.parse().expect("seconds");
            let rate = runtime.block_on(calls_per_second(mode, url, in_flight, Duration::from_secs_f64(seconds)));
            println!("{rate:.0}");
        }
        ["cost", mode @ ("tc3" | "raw"), url, in_flight, calls] => {
            let in_flight: usize = in_flight.parse().expect("a number in flight");
            let calls: usize = calls.parse().expect("a number of calls");
            let cpu = runtime.block_on(cpu_per_call(mode, url, in_flight, calls));
            println!("{:.1} {:.1}", cpu.as_secs_f64() * 1e6, process::peak_rss_bytes() as f64 / 1e6);
        }
        _ => {
            eprintln!(
                "usage: bench_calls serve | sign <n> | tc3|raw <url> <in_flight> <seconds> \
                 | cost tc3|raw <url> <in_flight> <calls>"
            );
            std::process::exit(2);
        }
    }
}

fn sign_micros(n: u32) -> f64 {
    let creds = load::credentials();
    let body = br#"{"CountryCode": "852", "PhoneNum": "18888888888"}"#;
    let host = "intlpartnersmgt.intl.tencentcloudapi.com";
    let started = Instant::now();
    for i in 0..n {
        let request =
            tc3_runtime::sign::Request::post_json("intlpartnersmgt", host, 1_700_000_000 + u64::from(i), body);
        std::hint::black_box(tc3_runtime::sign::sign(&creds, std::hint::black_box(&request)));
    }
    started.elapsed().as_secs_f64() * 1e6 / f64::from(n)
}

async fn calls_per_second(mode: &str, url: &str, in_flight: usize, duration: Duration) -> f64 {
    let client = tc3_runtime::Client::builder().credentials(load::credentials()).endpoint(url).build().unwrap();
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let batch = in_flight * 16;
    let started = Instant::now();
    let mut done = 0;
    while started.elapsed() < duration {
        match mode {
            "tc3" => load::tc3_calls(&client, in_flight, batch).await,
            _ => load::raw_calls(&http, url, in_flight, batch).await,
        }
        done += batch;
    }
    done as f64 / started.elapsed().as_secs_f64()
}

/// CPU time of the process per call over `calls` calls, after one warm-up batch has opened
/// the connections.
async fn cpu_per_call(mode: &str, url: &str, in_flight: usize, calls: usize) -> Duration {
    let client = tc3_runtime::Client::builder().credentials(load::credentials()).endpoint(url).build().unwrap();
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let run = async |calls| match mode {
        "tc3" => load::tc3_calls(&client, in_flight, calls).await,
        _ => load::raw_calls(&http, url, in_flight, calls).await,
    };
    run(in_flight * 16).await;
    let before = process::cpu_time();
    run(calls).await;
    (process::cpu_time() - before) / u32::try_from(calls).expect("fewer than 2^32 calls")
}
