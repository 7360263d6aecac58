//! A local sandbox of the Tencent Cloud partner API (`intlpartnersmgt`, 2022-09-28), which
//! also answers every other service of the catalogue from its spec.
//!
//! The emulator speaks the real protocol on loopback: it verifies TC3-HMAC-SHA256
//! signatures and timestamps, answers in the API 3.0 envelope with the service's error
//! codes, and keeps state, so that an onboarding flow (SendVerifyCode, CreateAccount,
//! AllocateCustomerCredit, QueryCustomersCredit) behaves as in production, SMS intervals
//! and rate limits included. SMS codes and invitation mails land in an inbox instead of
//! leaving the machine.
//!
//! A call to another service of the catalogue (routed by its `Host`, or on loopback by the
//! service its signature's credential scope names) is verified the same way, its version,
//! action and parameters are checked against that version's spec with the real codes, and
//! it is answered with every member its response declares, holding the spec's example
//! values; nothing is stored for it. [`example_request`] builds a request it accepts. The
//! actions that answer with server-sent events (tc3-codegen's reviewed list) answer a call
//! asking for a stream with events of those members, and [`Faults::cut_rate`] cuts such
//! streams midway.
//!
//! Answers no model can know are recorded from the real service once
//! ([`Builder::record`]: the emulator forwards each call, re-signed with the user's key, and
//! writes it to a cassette with every secret redacted) and replayed offline
//! ([`Builder::replay`] with a [`Cassette`]). Answers a test chooses call by call ("PENDING
//! twice, then RUNNING"; an error three times, then the answer) are scripted with
//! [`Emulator::set_script`].
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = tc3_emulator::Emulator::start().await?;
//! let client = emulator.client()?;
//! let countries = client.call_json("intlpartnersmgt", "2022-09-28", "GetCountryCodes", serde_json::json!({})).await?;
//! println!("{} countries", countries["Data"].as_array().map_or(0, Vec::len));
//! # Ok(()) }
//! ```

mod actions;
mod cassette;
mod catalogue;
mod clock;
mod envelope;
mod faults;
mod gateway;
mod inbox;
mod keys;
mod page;
mod query_params;
mod random;
mod request_log;
mod schema;
mod scripts;
mod secrets;
mod server;
mod shared;
mod sign_v1;
mod state;
mod state_file;
mod sts;
mod verify;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

pub use actions::onboarding::{ACCOUNTS_PER_PHONE, CODE_VALIDITY_SECS, SMS_DAILY_CAP, SMS_INTERVAL_SECS};
pub use cassette::Cassette;
pub use catalogue::example_request;
pub use clock::Clock;
pub use envelope::ApiError;
pub use faults::Faults;
pub use gateway::MAX_BODY_BYTES;
pub use inbox::InboxMessage;
pub use schema::{SERVICE, VERSION};
pub use scripts::{Script, ScriptError, ScriptStatus, Step};
pub use sts::INSTANCE_ROLE;
pub use verify::TIMESTAMP_WINDOW_SECS;

use request_log::RequestLog;
use scripts::Scripts;
use shared::Shared;
use state::State;

/// The secret id the emulator accepts unless told otherwise. Not a real key.
pub const DEMO_SECRET_ID: &str = "AKIDtc3EmulatorDemoKey00000000000000";
/// The secret key of [`DEMO_SECRET_ID`]. Not a real key.
pub const DEMO_SECRET_KEY: &str = "tc3EmulatorDemoSecretKey0000000000";

/// A running emulator; it stops when dropped: it accepts no connection any more, closes
/// idle ones and answers the requests in flight (on its runtime, after the drop).
pub struct Emulator {
    addr: SocketAddr,
    credentials: tc3::Credentials,
    shared: Arc<Shared>,
    /// Set to true to stop serving.
    shutdown: tokio::sync::watch::Sender<bool>,
}

/// Options of an emulator; see [`Emulator::builder`].
#[must_use]
pub struct Builder {
    listen: SocketAddr,
    secret_id: String,
    secret_key: String,
    seed: u64,
    state_file: Option<PathBuf>,
    clock: Clock,
    faults: Faults,
    rate_limits: bool,
    replay: Option<Cassette>,
    record: Option<(PathBuf, tc3::Client)>,
    allowed_hosts: Vec<String>,
}

/// Shows the options, the secret key aside.
impl std::fmt::Debug for Builder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Builder")
            .field("listen", &self.listen)
            .field("secret_id", &self.secret_id)
            .field("seed", &self.seed)
            .field("state_file", &self.state_file)
            .field("clock", &self.clock)
            .field("faults", &self.faults)
            .field("rate_limits", &self.rate_limits)
            .field("replay", &self.replay.as_ref().map(Cassette::len))
            .field("record", &self.record.as_ref().map(|(path, _)| path))
            .field("allowed_hosts", &self.allowed_hosts)
            .finish_non_exhaustive()
    }
}

/// Shows where it serves and the key pair's id: its state and the calls it answered hold
/// what callers sent (passwords, verification codes), so they are not shown.
impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("url", &self.shared.url)
            .field("secret_id", &self.credentials.secret_id())
            .field("seed", &self.shared.seed)
            .finish_non_exhaustive()
    }
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            secret_id: DEMO_SECRET_ID.into(),
            secret_key: DEMO_SECRET_KEY.into(),
            seed: 1,
            state_file: None,
            clock: Clock::system(),
            faults: Faults::default(),
            rate_limits: true,
            replay: None,
            record: None,
            allowed_hosts: Vec::new(),
        }
    }
}

impl Builder {
    /// The address to bind. Default: `127.0.0.1:0` (loopback, a free port).
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// The key pair accepted. Default: [`DEMO_SECRET_ID`] and [`DEMO_SECRET_KEY`].
    pub fn key_pair(mut self, secret_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        self.secret_id = secret_id.into();
        self.secret_key = secret_key.into();
        self
    }

    /// The seed all invented data (customers, bills, codes, request ids) follow. Default: 1.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// A file the state is loaded from at start and saved to, atomically, after every
    /// change; [`Builder::start`] fails when it cannot be written, and so does a call
    /// whose change cannot be saved. Default: none (state lives in memory).
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// The clock. Default: the system clock; tests pass [`Clock::manual_now`] and advance it.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Faults to inject from the start; [`Builder::start`] checks their ranges. Default: none.
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// Turns the per-action rate limits off, for load tests. Default: on, as the real service.
    pub fn without_rate_limits(mut self) -> Self {
        self.rate_limits = false;
        self
    }

    /// Answers the calls of the services `cassette` holds from it; see [`Cassette`].
    /// Default: none.
    pub fn replay(mut self, cassette: Cassette) -> Self {
        self.replay = Some(cassette);
        self
    }

    /// Records: every API call, once its signature is verified, is sent on with `upstream`
    /// (the real service, signed with its own credentials; its endpoint, or each service's
    /// `https://<service>.intl.tencentcloudapi.com` by default), answered as the service
    /// answered it, and appended to the cassette at `path` with every secret redacted.
    /// Calls are not checked, modelled or replayed meanwhile. Default: off.
    pub fn record(mut self, path: impl Into<PathBuf>, upstream: tc3::Client) -> Self {
        self.record = Some((path.into(), upstream));
        self
    }

    /// Also answers requests whose `Host` (any port) is `name`, and pages served under
    /// that name, e.g. the name of the emulator's container on a Docker network. Repeat for
    /// more names. Give the name alone, without scheme or port; [`Builder::start`] fails
    /// otherwise. Default: only loopback names (`localhost`, `127.x.x.x`, `[::1]`), the
    /// address listened on and `*.tencentcloudapi.com`, so that no web page can reach the
    /// emulator by a name of its own (DNS rebinding); see the README's "What the emulator
    /// refuses, and why".
    pub fn allow_host(mut self, name: impl Into<String>) -> Self {
        self.allowed_hosts.push(name.into());
        self
    }

    /// Binds and starts serving on the current tokio runtime. Fails when a name given to
    /// [`Builder::allow_host`] is not a host name, a fault's rate is outside 0 to 1 or its
    /// `error_status` no HTTP error, the address cannot be bound, the state file cannot be
    /// read or written (a temporary file is written beside it, as every save does), the
    /// cassette to record to cannot be opened, or recording and replaying are both asked for.
    pub async fn start(self) -> std::io::Result<Emulator> {
        let allowed = self.allowed_hosts.iter().map(|name| server::allowed_name(name)).collect::<Result<_, _>>();
        let allowed = allowed.map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        self.faults.check().map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e.message(e.field())))?;
        let listener = tokio::net::TcpListener::bind(self.listen).await?;
        let addr = listener.local_addr()?;
        let (shared, credentials) = self.shared(format!("http://{addr}"))?;
        let shared = Arc::new(shared);
        let guard = server::Guard::new(addr.ip(), allowed, shared.clone());
        let (shutdown, stop) = tokio::sync::watch::channel(false);
        let router = server::router(shared.clone(), guard);
        tokio::spawn(server::serve(listener, router, server::MAX_CONNECTIONS, stop));
        Ok(Emulator { addr, credentials, shared, shutdown })
    }

    /// The emulator these options make, serving at `url`, and the key pair it accepts.
    fn shared(self, url: String) -> std::io::Result<(Shared, tc3::Credentials)> {
        if self.record.is_some() && self.replay.is_some() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "an emulator records or replays, not both at once",
            ));
        }
        let recorder = match &self.record {
            Some((path, upstream)) => Some(cassette::Recorder::open(path, upstream.clone())?),
            None => None,
        };
        let now = self.clock.now();
        let state = match &self.state_file {
            Some(path) => {
                state_file::check_writable(path)?;
                State::load(path)?
            }
            None => None,
        }
        .unwrap_or_else(|| State::new(self.seed, now));
        let pair = keys::KeyPair::new(self.secret_id, self.secret_key);
        let credentials = pair.credentials.clone();
        let mut keys = keys::Keys::default();
        keys.insert(pair);
        keys.accept_customer_keys(self.seed);
        let shared = Shared {
            url,
            keys,
            clock: self.clock,
            seed: self.seed,
            started_at: now,
            state: state::Store::new(state, self.state_file),
            faults: faults::InForce::new(self.faults, self.seed),
            log: RequestLog::default(),
            rate_limits: gateway::RateLimits::new(self.rate_limits),
            requests: AtomicU64::new(0),
            performed: gateway::Performed::default(),
            cassette: self.replay,
            recorder,
            scripts: Scripts::default(),
        };
        Ok((shared, credentials))
    }

    /// [`Builder::shared`] for the gateway's tests, which need no socket.
    #[cfg(test)]
    pub(crate) fn test_shared(self) -> (Shared, tc3::Credentials) {
        self.shared("http://emulator.test".into()).expect("an emulator in memory")
    }
}

impl Emulator {
    /// Starts an emulator with the defaults of [`Builder`]: loopback, a free port, the
    /// demo key pair, seed 1, the system clock.
    pub async fn start() -> std::io::Result<Emulator> {
        Builder::default().start().await
    }

    /// Options before starting.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// The address served.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The endpoint URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The key pair accepted.
    pub fn credentials(&self) -> tc3::Credentials {
        self.credentials.clone()
    }

    /// The own key pair of customer `uin`, for the actions a customer calls about itself
    /// (DescribeCustomerOwnVoucherList, QueryCustomerBillingQuota, ...); `None` when `uin`
    /// is not a customer. It follows from the seed and the uin, like everything invented.
    pub fn customer_credentials(&self, uin: u64) -> Option<tc3::Credentials> {
        let state = self.shared.state.lock();
        state.customers.iter().any(|c| c.uin == uin).then(|| keys::customer_credentials(self.shared.seed, uin))
    }

    /// A client signed with the accepted key pair and pointed at this emulator (of the
    /// international site, as the default client is).
    pub fn client(&self) -> tc3::Result<tc3::Client> {
        self.client_builder().build()
    }

    /// The builder of [`client`](Emulator::client), for other settings: e.g.
    /// `.site(tc3::Site::Mainland)` for the mainland's actions (on loopback the emulator
    /// answers every site's).
    pub fn client_builder(&self) -> tc3::ClientBuilder {
        tc3::Client::builder().credentials(self.credentials()).endpoint(self.url())
    }

    /// The emulator's clock; advance a manual one to let time pass.
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }

    /// Unix seconds as the emulator sees them (the clock-offset fault included).
    pub fn now(&self) -> u64 {
        self.shared.now()
    }

    /// Every SMS and mail sent so far, oldest first.
    pub fn inbox(&self) -> Vec<InboxMessage> {
        self.shared.state.lock().inbox.clone()
    }

    /// The latest verification code sent to `+country_code phone`.
    pub fn latest_code(&self, country_code: &str, phone: &str) -> Option<String> {
        let to = InboxMessage::phone_address(country_code, phone);
        self.shared.state.lock().inbox.iter().rev().find(|m| m.kind == "sms" && m.to == to).map(|m| m.code.clone())
    }

    /// How many calls of `action` of `service` (answered from the spec) were performed: a
    /// call repeating an earlier `ClientToken` of the same caller gets the first answer and
    /// is not counted again.
    pub fn performed(&self, service: &str, action: &str) -> u64 {
        self.shared.performed.count(service, action)
    }

    /// The faults injected now.
    pub fn faults(&self) -> Faults {
        self.shared.faults.get()
    }

    /// Replaces the faults injected.
    pub fn set_faults(&self, faults: Faults) {
        self.shared.faults.set(faults);
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
    }
}
