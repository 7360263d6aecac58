//! Decoding a large DescribeBillDetail answer: the steps `Client::call` takes, next to the
//! floors (`serde_json::Value`, and a plain serde struct of the same shape), at 1,000 and
//! 10,000 records built from the spec's example values. Before the timings, prints the peak
//! heap and the allocations of decoding the larger body, counted by this file's allocator.
//! Run with `cargo bench -p tc3 --bench decode`; `cargo test` runs each bench once.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

use divan::counter::{BytesCount, ItemsCount};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tc3::intlpartnersmgt::v20220928::DescribeBillDetailResponse;

fn main() {
    print_heap_peaks(sizes()[1]);
    divan::main();
}

/// Records per body: 1,000 and 10,000 under `cargo bench`; under `cargo test`, where divan
/// runs each bench once as a check, small bodies keep the unoptimized build quick.
fn sizes() -> [usize; 2] {
    if std::env::args().any(|a| a == "--bench") { [1_000, 10_000] } else { [10, 100] }
}

/// The client's own decode step (the error check, then the typed response).
fn client_decode<T: DeserializeOwned>(body: &[u8]) -> (T, Option<String>) {
    tc3_runtime::__bench::decode_answer(200, body, &[]).unwrap()
}

/// `{"Response": T}` in one pass, with no look at `Error` first.
#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    #[serde(rename = "Response")]
    response: T,
}

/// The response's shape with plain serde derives: strict types, no lenient decoding.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PlainResponse {
    detail_set: Option<Vec<PlainRecord>>,
    total: Option<i64>,
    request_id: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PlainRecord {
    payer_account_id: Option<i64>,
    owner_account_id: Option<i64>,
    operator_account_id: Option<i64>,
    product_name: Option<String>,
    billing_mode: Option<String>,
    project_name: Option<String>,
    region: Option<String>,
    availability_zone: Option<String>,
    instance_id: Option<String>,
    instance_name: Option<String>,
    sub_product_name: Option<String>,
    transaction_type: Option<String>,
    transaction_id: Option<String>,
    transaction_time: Option<String>,
    usage_start_time: Option<String>,
    usage_end_time: Option<String>,
    component_type: Option<String>,
    component_name: Option<String>,
    component_list_price: Option<String>,
    component_price_measurement_unit: Option<String>,
    component_usage: Option<String>,
    component_usage_unit: Option<String>,
    usage_duration: Option<String>,
    duration_unit: Option<String>,
    original_cost: Option<String>,
    currency: Option<String>,
    total_cost: Option<String>,
    id: Option<String>,
    tags: Option<Vec<PlainTag>>,
    business_code: Option<String>,
    product_code: Option<String>,
    component_code: Option<String>,
    item_code: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PlainTag {
    tag_key: Option<String>,
    tag_value: Option<String>,
}

/// A page of `records` bill lines as the service writes it: members in the spec's order,
/// account ids as JSON numbers, amounts as JSON strings of decimals, zero to two tags.
/// Values are the spec's examples (CVM memory, CBS volume) varied per line.
fn bill_body(records: usize) -> Vec<u8> {
    let line = |i: usize| {
        let cvm = i % 2 == 0;
        let hour = i % 24;
        let usage = 1 + i % 16;
        let (price, cost) = if cvm { (311, 311 * 3600 * usage) } else { (3, 3 * 3600 * usage * 10) };
        let amount = format!("{}.{:08}", cost / 100_000_000, cost % 100_000_000);
        let text = |s: &str| Some(s.to_owned());
        PlainRecord {
            payer_account_id: Some(800_000_400_309),
            owner_account_id: Some(800_000_425_835 + (i % 50) as i64),
            operator_account_id: Some(800_000_425_835 + (i % 50) as i64),
            product_name: text(if cvm { "Cloud Virtual Machine(CVM)" } else { "cloud block storage" }),
            billing_mode: text("Pay-As-You-Go resources"),
            project_name: text("default"),
            region: text(if cvm { "Southeast Asia\u{a0}(Singapore)" } else { "East China (Shanghai)" }),
            availability_zone: text(if cvm { "Singapore Zone" } else { "Shanghai Zone 1" }),
            instance_id: Some(format!("{}-{:08x}", if cvm { "ins" } else { "disk" }, i.wrapping_mul(2_654_435_761))),
            instance_name: text(if cvm { "cdz_i18n_xjp" } else { "HDD cloud" }),
            sub_product_name: text(if cvm { "CVM Standard S5" } else { "HDD cloud block storage" }),
            transaction_type: text("Hourly settlement"),
            transaction_id: Some(format!("20231024309{:012}", 174_935_042 + i)),
            transaction_time: Some(format!("2023-10-{:02} {hour:02}:14:37", 1 + i / 24 % 30)),
            usage_start_time: Some(format!("2023-10-{:02} {hour:02}:00:00", 1 + i / 24 % 30)),
            usage_end_time: Some(format!("2023-10-{:02} {hour:02}:59:59", 1 + i / 24 % 30)),
            component_type: text(if cvm { "memory" } else { "volume size" }),
            component_name: text(if cvm { "Memory S5" } else { "HDD cloud block storage-volume size" }),
            component_list_price: Some(format!("0.{price:08}")),
            component_price_measurement_unit: text(if cvm { "USD/GiB/Second" } else { "USD/GB/Second" }),
            component_usage: Some(if cvm { usage.to_string() } else { (usage * 10).to_string() }),
            component_usage_unit: text(if cvm { "GiB" } else { "GB" }),
            usage_duration: text("3600"),
            duration_unit: text("Second"),
            original_cost: Some(amount.clone()),
            currency: text("USD"),
            total_cost: Some(amount),
            id: Some((6_383_749_774_386_128_833_u64 + i as u64).to_string()),
            tags: Some(
                (0..i % 3).map(|t| PlainTag { tag_key: Some(format!("key{t}")), tag_value: text("value") }).collect(),
            ),
            business_code: text(if cvm { "p_cvm" } else { "p_cbs" }),
            product_code: text(if cvm { "sp_cvm_s5" } else { "sp_cbs_premium" }),
            component_code: text(if cvm { "v_cvm_memory" } else { "v_cbs_memspace" }),
            item_code: text(if cvm { "sv_cvm_memory_s5" } else { "sv_cbs_memspace_premium" }),
        }
    };
    let page = PlainResponse {
        detail_set: Some((0..records).map(line).collect()),
        total: Some(records as i64),
        request_id: "d2d1a6a2-9a4c-4d7b-8d7e-0c1f5e7b2a31".to_owned(),
    };
    serde_json::to_vec(&Envelope { response: page }).unwrap()
}

/// Decodes the body the way `Client::call` does, into the generated response type.
#[divan::bench(args = sizes())]
fn tc3_client_decode(b: divan::Bencher, records: usize) {
    let body = bill_body(records);
    b.counter(BytesCount::new(body.len())).counter(ItemsCount::new(records)).bench(|| {
        let (response, _) = client_decode::<DescribeBillDetailResponse>(divan::black_box(&body));
        assert_eq!(response.detail_set.as_ref().map(Vec::len), Some(records));
        response
    });
}

/// The generated response type alone, in one pass: the derive's share of the work.
#[divan::bench(args = sizes())]
fn tc3_type_one_pass(b: divan::Bencher, records: usize) {
    let body = bill_body(records);
    b.counter(BytesCount::new(body.len()))
        .counter(ItemsCount::new(records))
        .bench(|| serde_json::from_slice::<Envelope<DescribeBillDetailResponse>>(divan::black_box(&body)).unwrap());
}

/// Floor: a plain serde struct of the same shape, in one pass.
#[divan::bench(args = sizes())]
fn plain_serde(b: divan::Bencher, records: usize) {
    let body = bill_body(records);
    b.counter(BytesCount::new(body.len()))
        .counter(ItemsCount::new(records))
        .bench(|| serde_json::from_slice::<Envelope<PlainResponse>>(divan::black_box(&body)).unwrap());
}

/// The generated type from a `&str`, as the client's last pass reads it: no UTF-8 check
/// per string, the body was checked once.
#[divan::bench(args = sizes())]
fn tc3_type_from_str(b: divan::Bencher, records: usize) {
    let body = String::from_utf8(bill_body(records)).unwrap();
    b.counter(BytesCount::new(body.len()))
        .counter(ItemsCount::new(records))
        .bench(|| serde_json::from_str::<Envelope<DescribeBillDetailResponse>>(divan::black_box(&body)).unwrap());
}

/// Floor for that: the plain serde struct from a `&str`.
#[divan::bench(args = sizes())]
fn plain_serde_from_str(b: divan::Bencher, records: usize) {
    let body = String::from_utf8(bill_body(records)).unwrap();
    b.counter(BytesCount::new(body.len()))
        .counter(ItemsCount::new(records))
        .bench(|| serde_json::from_str::<Envelope<PlainResponse>>(divan::black_box(&body)).unwrap());
}

/// Floor: an untyped `serde_json::Value`.
#[divan::bench(args = sizes())]
fn json_value(b: divan::Bencher, records: usize) {
    let body = bill_body(records);
    b.counter(BytesCount::new(body.len()))
        .counter(ItemsCount::new(records))
        .bench(|| serde_json::from_slice::<serde_json::Value>(divan::black_box(&body)).unwrap());
}

/// Prints, for each way of decoding a body of `records` lines, the most heap it held at once
/// beyond the body itself, and how many allocations it made.
fn print_heap_peaks(records: usize) {
    let body = bill_body(records);
    println!("Heap while decoding {records} records ({:.2} MB body), beyond the body:", body.len() as f64 / 1e6);
    let report = |name: &str, decode: &dyn Fn()| {
        let (peak, allocations) = HEAP.measure(decode);
        println!("  {name:<18} peak {:>7.2} MB  {allocations:>8} allocations", peak as f64 / 1e6);
    };
    report("tc3_client_decode", &|| drop(client_decode::<DescribeBillDetailResponse>(&body)));
    report("tc3_type_one_pass", &|| drop(serde_json::from_slice::<Envelope<DescribeBillDetailResponse>>(&body)));
    report("plain_serde", &|| drop(serde_json::from_slice::<Envelope<PlainResponse>>(&body)));
    report("json_value", &|| drop(serde_json::from_slice::<serde_json::Value>(&body)));
}

#[global_allocator]
static HEAP: CountingHeap = CountingHeap {
    armed: AtomicBool::new(false),
    live: AtomicUsize::new(0),
    peak: AtomicUsize::new(0),
    allocations: AtomicUsize::new(0),
};

/// The system allocator, counting live bytes, their peak and `alloc` calls while armed; when
/// disarmed (during the timings) it costs one relaxed load per call.
struct CountingHeap {
    armed: AtomicBool,
    live: AtomicUsize,
    peak: AtomicUsize,
    allocations: AtomicUsize,
}

impl CountingHeap {
    /// Peak bytes live at once during `f` (those it frees count until freed) and allocations.
    fn measure(&self, f: impl FnOnce()) -> (usize, usize) {
        self.live.store(0, Relaxed);
        self.peak.store(0, Relaxed);
        self.allocations.store(0, Relaxed);
        self.armed.store(true, Relaxed);
        f();
        self.armed.store(false, Relaxed);
        (self.peak.load(Relaxed), self.allocations.load(Relaxed))
    }

    fn grew(&self, bytes: usize) {
        let live = self.live.fetch_add(bytes, Relaxed) + bytes;
        self.peak.fetch_max(live, Relaxed);
    }
}

// SAFETY: every call is forwarded unchanged to `System`; the counters only observe sizes.
unsafe impl GlobalAlloc for CountingHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if self.armed.load(Relaxed) {
            self.allocations.fetch_add(1, Relaxed);
            self.grew(layout.size());
        }
        // SAFETY: the caller's contract for `alloc` is `System::alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if self.armed.load(Relaxed) {
            // Saturating: a block allocated before arming may be freed while armed.
            let _ = self.live.fetch_update(Relaxed, Relaxed, |l| Some(l.saturating_sub(layout.size())));
        }
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if self.armed.load(Relaxed) {
            if new_size > layout.size() {
                self.grew(new_size - layout.size());
            } else {
                let shrink = layout.size() - new_size;
                let _ = self.live.fetch_update(Relaxed, Relaxed, |l| Some(l.saturating_sub(shrink)));
            }
        }
        // SAFETY: as for `alloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
