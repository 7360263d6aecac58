//! Metrics from the attempt hook: calls and retries counted per action and outcome, and
//! latency summed, printed in Prometheus' text format.
//!
//! `cargo run --example metrics` runs on the embedded tc3 emulator, which throttles a third
//! of the requests so that retries show; with `TENCENTCLOUD_SECRET_ID`/`_SECRET_KEY` set it
//! calls the real service, read-only.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tc3::intlpartnersmgt::v20220928::{GetCountryCodes, QueryPartnerCredit};

/// Attempts and their latency, by (action, outcome, retried because).
#[derive(Default)]
struct Metrics {
    attempts: BTreeMap<(String, String, String), u64>,
    latency: BTreeMap<String, Duration>,
}

impl Metrics {
    fn record(&mut self, attempt: &tc3::AttemptInfo<'_>) {
        let outcome = match attempt.error {
            None => "ok".to_owned(),
            Some(e) => e.code().map_or_else(|| format!("{:?}", e.kind()), str::to_owned),
        };
        let retry = attempt.retry.map_or_else(|| "none".to_owned(), |r| format!("{r:?}"));
        *self.attempts.entry((attempt.action.to_owned(), outcome, retry)).or_default() += 1;
        *self.latency.entry(attempt.action.to_owned()).or_default() += attempt.latency;
    }

    fn print(&self) {
        println!("# TYPE tc3_attempts_total counter");
        for ((action, outcome, retry), n) in &self.attempts {
            println!("tc3_attempts_total{{action=\"{action}\",outcome=\"{outcome}\",retry=\"{retry}\"}} {n}");
        }
        println!("# TYPE tc3_attempt_seconds_sum counter");
        for (action, total) in &self.latency {
            println!("tc3_attempt_seconds_sum{{action=\"{action}\"}} {:.6}", total.as_secs_f64());
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let metrics = Arc::new(Mutex::new(Metrics::default()));
    let sink = metrics.clone();
    let hook = move |attempt: &tc3::AttemptInfo<'_>| sink.lock().unwrap().record(attempt);
    let _emulator;
    let client = if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        let mut builder = tc3::Client::builder().on_attempt(hook);
        if let Ok(region) = std::env::var("TENCENTCLOUD_REGION") {
            builder = builder.region(region);
        }
        builder.build()?
    } else {
        let faults = tc3_emulator::Faults { throttle_rate: 0.3, ..tc3_emulator::Faults::default() };
        let emulator = tc3_emulator::Emulator::builder().faults(faults).start().await?;
        println!("running against the tc3 emulator at {}, throttling 30 % of requests\n", emulator.url());
        let client = tc3::Client::builder()
            .credentials(emulator.credentials())
            .endpoint(emulator.url())
            .max_attempts(8)
            .on_attempt(hook)
            .build()?;
        _emulator = emulator;
        client
    };
    for _ in 0..10 {
        client.call(GetCountryCodes {}).await?;
        client.call(QueryPartnerCredit {}).await?;
    }
    metrics.lock().unwrap().print();
    Ok(())
}
