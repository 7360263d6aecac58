//! `tc3-emulator`: the sandbox (the partner API, and every other service from its spec) as a process.

use std::io::Write;
use std::net::SocketAddr;

const USAGE: &str = "usage: tc3-emulator [--listen ADDR] [--allow-host NAME]... [--secret-id ID --secret-key KEY] [--seed N] [--state FILE]
                   [--latency MS[@RATE]] [--drop RATE] [--fail RATE[@STATUS]] [--throttle RATE] [--clock-offset SECS[@RATE]] [--lose RATE] [--cut RATE]
                   [--record FILE [--upstream URL] | --replay FILE]

  --listen ADDR        address to bind (default 127.0.0.1:8080; port 0 picks a free one)
  --allow-host NAME    also answer requests for the host NAME (repeatable); by default only loopback
                       names, the address bound and *.tencentcloudapi.com, against DNS rebinding
  --secret-id/--secret-key  the partner's key pair (default: a demo pair, printed at start);
                       customers' own pairs are listed at /_emulator/customer-keys
  --seed N             seed of all invented data (default 1)
  --state FILE         load state from FILE and save it there after every change
  fault injection, each on a share RATE (0 to 1) of API requests:
  --latency MS[@RATE]  added latency   --drop RATE  closed connections
  --fail RATE[@STATUS] HTTP STATUS (400-599, default 502)   --throttle RATE  RequestLimitExceeded
  --clock-offset SECS[@RATE]  shift the emulator's clock (for a share of requests)
  --lose RATE          perform the action, then close the connection without its answer
  --cut RATE           close a streamed answer's connection after half of its events
  record and replay:
  --record FILE        send every call on to the real service, signed with the credentials tc3
                       finds (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, profile files...),
                       and append it to the cassette FILE, secrets redacted
  --upstream URL       where recorded calls go (default: https://<service>.intl.tencentcloudapi.com)
  --replay FILE        answer the services the cassette FILE holds from it";

fn main() {
    match run() {
        Ok(()) => {}
        Err(Failure::Usage(message)) => {
            eprintln!("tc3-emulator: {message}\n\n{USAGE}");
            std::process::exit(2);
        }
        Err(Failure::Start(message)) => {
            eprintln!("tc3-emulator: cannot start: {message}");
            std::process::exit(1);
        }
    }
}

/// Why the binary stops: its arguments (exit code 2, with the usage), or the emulator
/// could not start with them (1: the address is taken, the state file cannot be written...).
enum Failure {
    Usage(String),
    Start(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Usage(message)
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Self {
        Failure::Usage(message.to_owned())
    }
}

fn run() -> Result<(), Failure> {
    let mut builder = tc3_emulator::Emulator::builder().listen(SocketAddr::from(([127, 0, 0, 1], 8080)));
    let mut faults = tc3_emulator::Faults::default();
    let (mut secret_id, mut secret_key) = (None, None);
    let (mut record, mut upstream, mut replay) = (None, None, None);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let flag = match arg {
            lexopt::Arg::Long("help") | lexopt::Arg::Short('h') => {
                println!("{USAGE}");
                return Ok(());
            }
            lexopt::Arg::Long(name) => format!("--{name}"),
            other => return Err(other.unexpected().to_string().into()),
        };
        let value = parser.value().map_err(|e| e.to_string())?;
        let value = value.into_string().map_err(|_| format!("{flag}: the value is not UTF-8"))?;
        match flag.as_str() {
            "--listen" => {
                builder = builder.listen(value.parse().map_err(|_| format!("--listen: not an address: {value}"))?)
            }
            "--allow-host" => builder = builder.allow_host(value),
            "--secret-id" => secret_id = Some(value),
            "--secret-key" => secret_key = Some(value),
            "--seed" => builder = builder.seed(value.parse().map_err(|_| format!("--seed: not a number: {value}"))?),
            "--state" => builder = builder.state_file(value),
            "--record" => record = Some(value),
            "--upstream" => upstream = Some(value),
            "--replay" => replay = Some(value),
            _ if faults.apply_flag(&flag, &value)? => {}
            _ => return Err(format!("unknown option {flag}").into()),
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
    let mut mode = None;
    match (record, upstream, replay) {
        (Some(_), _, Some(_)) => return Err("--record and --replay do not go together".into()),
        (None, Some(_), _) => return Err("--upstream goes with --record".into()),
        (Some(path), upstream, None) => {
            let mut client = tc3::Client::builder();
            if let Some(url) = upstream {
                client = client.endpoint(url);
            }
            let client = client.build().map_err(|e| format!("--record: {e}"))?;
            mode = Some(format!("recording to {path}"));
            builder = builder.record(path, client);
        }
        (None, None, Some(path)) => {
            let cassette = tc3_emulator::Cassette::load(&path).map_err(|e| format!("--replay: {e}"))?;
            mode = Some(format!("replaying {} recorded calls from {path}", cassette.len()));
            builder = builder.replay(cassette);
        }
        (None, None, None) => {}
    }
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| Failure::Start(e.to_string()))?;
    runtime.block_on(async move {
        let emulator = builder.faults(faults).start().await.map_err(|e| Failure::Start(e.to_string()))?;
        let key = if custom_key { "(as given)" } else { tc3_emulator::DEMO_SECRET_KEY };
        let mut banner = format!(
            "tc3-emulator listening on {url}\nsecret id:  {id}\nsecret key: {key}\ninbox and recent requests: {url}/_emulator/\n",
            url = emulator.url(),
            id = emulator.credentials().secret_id(),
        );
        if let Some(mode) = mode {
            banner.push_str(&mode);
            banner.push('\n');
        }
        // Whoever started the emulator may stop reading its output; it keeps serving.
        let mut stdout = std::io::stdout();
        let _ = stdout.write_all(banner.as_bytes()).and_then(|()| stdout.flush());
        std::future::pending::<()>().await;
        Ok(())
    })
}
