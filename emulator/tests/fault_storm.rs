//! 5,000 calls through the tc3 client while the emulator injects faults into one request in
//! five: every call ends in success or a classified error, no SMS is ever sent twice, and
//! every read-only call succeeds within its retry budget.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tc3::ErrorKind;
use tc3::intlpartnersmgt::v20220928::{
    GetCountryCodes, GetTradeConfigList, QueryPartnerCredit, QueryVoucherPool, SendVerifyCode,
};
use tc3_emulator::{Emulator, Faults};

const CALLS: usize = 5_000;
const IN_FLIGHT: usize = 32;

/// What one logical call ended in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Outcome {
    ReadOk,
    ReadFailed(ErrorKind),
    SmsSent,
    SmsFailed(ErrorKind),
}

async fn one_call(client: &tc3::Client, i: usize) -> Outcome {
    if i % 5 == 0 {
        let phone = format!("{}", 60_000_000 + i);
        return match client.call(SendVerifyCode { country_code: "852".into(), phone_num: phone }).await {
            Ok(_) => Outcome::SmsSent,
            Err(e) => Outcome::SmsFailed(e.kind()),
        };
    }
    let read = match i % 4 {
        0 => client.call(GetCountryCodes {}).await.map(drop),
        1 => client.call(GetTradeConfigList {}).await.map(drop),
        2 => client.call(QueryPartnerCredit {}).await.map(drop),
        _ => client.call(QueryVoucherPool {}).await.map(drop),
    };
    match read {
        Ok(()) => Outcome::ReadOk,
        Err(e) => Outcome::ReadFailed(e.kind()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fault_storm_duplicates_nothing_and_every_read_succeeds() {
    let faults = Faults {
        latency_ms: 20,
        latency_rate: 0.05,
        drop_rate: 0.05,
        error_rate: 0.05,
        error_status: 502,
        throttle_rate: 0.05,
        ..Faults::default()
    };
    let emulator = Emulator::builder().without_rate_limits().faults(faults).start().await.unwrap();
    let client = tc3::Client::builder()
        .credentials(emulator.credentials())
        .endpoint(emulator.url())
        .pacing(false)
        // A read fails an attempt one time in seven: 12 attempts make 4,000 reads all succeed
        // but about once in three million runs. The default attempt timeout (30 s) is far
        // beyond any answer here, so no SendVerifyCode times out after its SMS was sent.
        .max_attempts(12)
        .backoff(Duration::from_millis(1), Duration::from_millis(20))
        .build()
        .unwrap();

    let started = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let workers: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let (client, next) = (client.clone(), next.clone());
            tokio::spawn(async move {
                let mut outcomes = Vec::new();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= CALLS {
                        return outcomes;
                    }
                    outcomes.push(one_call(&client, i).await);
                }
            })
        })
        .collect();
    let mut tally: HashMap<Outcome, usize> = HashMap::new();
    for worker in workers {
        for outcome in worker.await.unwrap() {
            *tally.entry(outcome).or_default() += 1;
        }
    }
    let elapsed = started.elapsed();

    let sms_per_phone = emulator.inbox().into_iter().filter(|m| m.kind == "sms").fold(HashMap::new(), |mut n, m| {
        *n.entry(m.to).or_insert(0usize) += 1;
        n
    });
    let sent = tally.get(&Outcome::SmsSent).copied().unwrap_or(0);
    let reads_ok = tally.get(&Outcome::ReadOk).copied().unwrap_or(0);
    eprintln!("fault storm: {CALLS} calls in {elapsed:?}: {tally:?}; {} phones got an SMS", sms_per_phone.len());

    assert_eq!(tally.values().sum::<usize>(), CALLS, "every call ended");
    assert_eq!(reads_ok, CALLS - CALLS / 5, "every read-only call succeeded within its budget: {tally:?}");
    for (outcome, n) in &tally {
        if let Outcome::SmsFailed(kind) = outcome {
            assert_eq!(*kind, ErrorKind::OutcomeUnknown, "{n} SendVerifyCode calls failed unclassified");
        }
    }
    assert!(sms_per_phone.values().all(|&n| n == 1), "an SMS was sent twice");
    assert_eq!(sms_per_phone.len(), sent, "every SMS belongs to a call that reported success");
}
