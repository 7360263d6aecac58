//! Calls per second on loopback: `Client::call` next to a raw reqwest client doing the same
//! signed POST, at 1 and 16 in flight, against a minimal keep-alive server started here.
//! Run with `cargo bench -p tc3-runtime --bench client`.

use tc3_runtime::Client;

#[path = "support/keep_alive.rs"]
mod keep_alive;
#[path = "support/load.rs"]
mod load;

fn main() {
    divan::main();
}

const CALLS: usize = 64;

struct Setup {
    runtime: tokio::runtime::Runtime,
    url: String,
}

fn setup() -> Setup {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let url = runtime.block_on(keep_alive::serve("127.0.0.1:0"));
    Setup { runtime, url }
}

#[divan::bench(args = [1, 16])]
fn tc3_call(b: divan::Bencher, in_flight: usize) {
    let s = setup();
    let client = Client::builder().credentials(load::credentials()).endpoint(&s.url).build().unwrap();
    b.counter(divan::counter::ItemsCount::new(CALLS))
        .bench(|| s.runtime.block_on(load::tc3_calls(&client, in_flight, CALLS)));
}

#[divan::bench(args = [1, 16])]
fn raw_reqwest(b: divan::Bencher, in_flight: usize) {
    let s = setup();
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    b.counter(divan::counter::ItemsCount::new(CALLS))
        .bench(|| s.runtime.block_on(load::raw_calls(&http, &s.url, in_flight, CALLS)));
}
