//! `tc3-emulator`: the sandbox (the partner API, and every other service from its spec) as a process.

use std::net::SocketAddr;

const USAGE: &str = "usage: tc3-emulator [--listen ADDR] [--secret-id ID --secret-key KEY] [--seed N] [--state FILE]
                   [--latency MS[@RATE]] [--drop RATE] [--fail RATE[@STATUS]] [--throttle RATE] [--clock-offset SECS[@RATE]] [--lose RATE]

  --listen ADDR        address to bind (default 127.0.0.1:8080; port 0 picks a free one)
  --secret-id/--secret-key  the partner's key pair (default: a demo pair, printed at start);
                       customers' own pairs are listed at /_emulator/customer-keys
  --seed N             seed of all invented data (default 1)
  --state FILE         load state from FILE and save it there after every change
  fault injection, each on a share RATE (0 to 1) of API requests:
  --latency MS[@RATE]  added latency   --drop RATE  closed connections
  --fail RATE[@STATUS] HTTP 5xx        --throttle RATE  RequestLimitExceeded
  --clock-offset SECS[@RATE]  shift the emulator's clock (for a share of requests)
  --lose RATE          perform the action, then close the connection without its answer";

fn main() {
    if let Err(message) = run() {
        eprintln!("tc3-emulator: {message}\n\n{USAGE}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut builder = tc3_emulator::Emulator::builder().listen(SocketAddr::from(([127, 0, 0, 1], 8080)));
    let mut faults = tc3_emulator::Faults::default();
    let (mut secret_id, mut secret_key) = (None, None);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let flag = match arg {
            lexopt::Arg::Long("help") | lexopt::Arg::Short('h') => {
                println!("{USAGE}");
                return Ok(());
            }
            lexopt::Arg::Long(name) => format!("--{name}"),
            other => return Err(other.unexpected().to_string()),
        };
        let value = parser.value().map_err(|e| e.to_string())?;
        let value = value.into_string().map_err(|_| format!("{flag}: the value is not UTF-8"))?;
        match flag.as_str() {
            "--listen" => {
                builder = builder.listen(value.parse().map_err(|_| format!("--listen: not an address: {value}"))?)
            }
            "--secret-id" => secret_id = Some(value),
            "--secret-key" => secret_key = Some(value),
            "--seed" => builder = builder.seed(value.parse().map_err(|_| format!("--seed: not a number: {value}"))?),
            "--state" => builder = builder.state_file(value),
            _ if faults.apply_flag(&flag, &value)? => {}
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let custom_key = match (secret_id, secret_key) {
        (Some(id), Some(key)) => {
            builder = builder.key_pair(id, key);
            true
        }
        (None, None) => false,
        _ => return Err("--secret-id and --secret-key go together".into()),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let emulator = builder.faults(faults).start().await.map_err(|e| format!("cannot start: {e}"))?;
        println!("tc3-emulator listening on {}", emulator.url());
        println!("secret id:  {}", emulator.credentials().secret_id());
        if custom_key {
            println!("secret key: (as given)");
        } else {
            println!("secret key: {}", tc3_emulator::DEMO_SECRET_KEY);
        }
        println!("inbox and recent requests: {}/_emulator/", emulator.url());
        std::future::pending::<()>().await;
        Ok(())
    })
}
