//! Everything the emulator remembers: customers, phones and their codes, the credit pool
//! and its allocations, invitations and the inbox. Bills and vouchers are not stored; they
//! are derived from the seed (see `actions::ledger`).

mod store;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::inbox::InboxMessage;
use crate::random::Rng;
use crate::shared::lock;
pub(crate) use store::Store;

/// Credit of the partner's pool at the start, in cents.
const INITIAL_POOL_CENTS: i64 = 10_000_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct State {
    pub(crate) seed: u64,
    pub(crate) rng: Rng,
    pub(crate) next_uin: u64,
    pub(crate) pool_cents: i64,
    pub(crate) customers: Vec<Customer>,
    pub(crate) phones: BTreeMap<String, Phone>,
    pub(crate) allocations: Vec<Allocation>,
    pub(crate) invitations: Vec<Invitation>,
    pub(crate) inbox: Vec<InboxMessage>,
    /// Accounts waiting for the partner's approval, as customers or sub-agents.
    #[serde(default)]
    pub(crate) applications: Vec<Application>,
    #[serde(default)]
    pub(crate) sub_agents: Vec<SubAgent>,
    /// The order its snapshots are written in; not saved.
    #[serde(skip)]
    saves: SaveOrder,
}

/// Keeps the saves of one state in order, so that an earlier change is never written over
/// a later one: each snapshot is numbered while the state's lock is held, and written
/// under `written`'s lock unless a later one was written first.
#[derive(Debug, Clone, Default)]
struct SaveOrder {
    /// Snapshots taken of this state.
    taken: u64,
    /// The number of the snapshot last written; locked while writing, one write at a time.
    written: Arc<Mutex<u64>>,
}

/// A copy of the state to write to its file, taken by [`State::snapshot`].
#[derive(Debug)]
pub(crate) struct Snapshot {
    state: State,
    number: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Application {
    pub(crate) uin: u64,
    /// `Client` or `SubAgent`.
    pub(crate) role: String,
    pub(crate) name: String,
    pub(crate) mail: String,
    pub(crate) mobile: String,
    pub(crate) applied_at: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SubAgent {
    pub(crate) uin: u64,
    pub(crate) name: String,
    pub(crate) mail: String,
    pub(crate) mobile: String,
    pub(crate) bound_at: u64,
    pub(crate) remark: String,
    /// The sub-agent's credit pool, given by AllocateCreditPool, in cents.
    #[serde(default)]
    pub(crate) credit_cents: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Customer {
    pub(crate) uin: u64,
    pub(crate) name: String,
    pub(crate) mail: String,
    pub(crate) country_code: String,
    pub(crate) phone: String,
    pub(crate) area: String,
    pub(crate) account_type: String,
    pub(crate) created_at: u64,
    pub(crate) credit_cents: i64,
    pub(crate) used_cents: i64,
    pub(crate) remark: String,
    /// 0 normal, 2 forced service suspension (ForceQN).
    pub(crate) qn_type: i64,
}

/// SMS bookkeeping of one phone number (`country code` + `-` + number).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Phone {
    pub(crate) last_sent: Option<u64>,
    /// (UTC day number, codes sent that day).
    pub(crate) sent_today: (u64, u32),
    /// The code most recently sent and when; consumed by CreateAccount.
    pub(crate) code: Option<(String, u64)>,
    pub(crate) accounts: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Allocation {
    pub(crate) client_uin: u64,
    pub(crate) at: u64,
    pub(crate) operator: String,
    pub(crate) allocated_cents: i64,
    pub(crate) credit_after_cents: i64,
    pub(crate) remark: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Invitation {
    pub(crate) token: String,
    pub(crate) email: String,
    pub(crate) role: String,
    pub(crate) sent_at: u64,
}

impl State {
    /// A fresh state: the pool, and three customers derived from `seed`.
    pub(crate) fn new(seed: u64, now: u64) -> Self {
        let mut state = State {
            seed,
            rng: Rng::new(seed),
            next_uin: 200_000_000_000 + crate::random::mix(seed) % 1_000_000 * 1000,
            pool_cents: INITIAL_POOL_CENTS,
            customers: Vec::new(),
            phones: BTreeMap::new(),
            allocations: Vec::new(),
            invitations: Vec::new(),
            inbox: Vec::new(),
            applications: Vec::new(),
            sub_agents: Vec::new(),
            saves: SaveOrder::default(),
        };
        for (i, name) in ["Harbour Trading", "Lion City Foods", "Nusantara Retail"].into_iter().enumerate() {
            let uin = state.new_uin();
            let credit = 50_000 + (state.rng.below(40) as i64) * 10_000;
            state.customers.push(Customer {
                uin,
                name: name.into(),
                mail: format!("finance{i}@example.com"),
                country_code: ["852", "65", "62"][i].into(),
                phone: format!("5550{:04}", state.rng.below(10_000)),
                area: ["HK", "SG", "ID"][i].into(),
                account_type: "company".into(),
                created_at: now.saturating_sub(86_400 * (400 + 30 * i as u64)),
                credit_cents: credit,
                used_cents: credit / 4,
                remark: String::new(),
                qn_type: 0,
            });
            state.pool_cents -= credit;
        }
        for (i, (name, role)) in
            [("Pearl Delta Studio", "Client"), ("Merlion Apps", "Client"), ("Jakarta Cloud Reseller", "SubAgent")]
                .into_iter()
                .enumerate()
        {
            let uin = state.new_uin();
            state.applications.push(Application {
                uin,
                role: role.into(),
                name: name.into(),
                mail: format!("apply{i}@example.com"),
                mobile: format!("188****{:04}", state.rng.below(10_000)),
                applied_at: now.saturating_sub(86_400 * (1 + i as u64)),
            });
        }
        let uin = state.new_uin();
        state.sub_agents.push(SubAgent {
            uin,
            name: "Bangkok Partner Co".into(),
            mail: "agent@example.com".into(),
            mobile: "188****2020".into(),
            bound_at: now.saturating_sub(86_400 * 200),
            remark: String::new(),
            credit_cents: 0,
        });
        state
    }

    pub(crate) fn new_uin(&mut self) -> u64 {
        self.next_uin += 1 + self.rng.below(97);
        self.next_uin
    }

    pub(crate) fn customer_mut(&mut self, uin: u64) -> Option<&mut Customer> {
        self.customers.iter_mut().find(|c| c.uin == uin)
    }

    /// Credit given to customers and sub-agents, in cents.
    pub(crate) fn allocated_cents(&self) -> i64 {
        self.customers.iter().map(|c| c.credit_cents).sum::<i64>()
            + self.sub_agents.iter().map(|s| s.credit_cents).sum::<i64>()
    }

    /// Reads a state file written by [`State::save`].
    pub(crate) fn load(path: &Path) -> std::io::Result<Option<State>> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(std::io::Error::other),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A copy to write with [`Snapshot::save`] once the lock is released. Copying is
    /// what the lock is held for: far cheaper than serializing (no formatting, no escaping),
    /// while serializing and writing a large state (42 MB) took 1.5 s, every call waiting.
    pub(crate) fn snapshot(&mut self) -> Snapshot {
        self.saves.taken += 1;
        Snapshot { state: self.clone(), number: self.saves.taken }
    }

    /// Writes the state atomically: a temporary file in the same directory, flushed to
    /// disk, then renamed over `path`, so a crash leaves the old file or the new one.
    fn write(&self, path: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        file.write_all(&bytes)?;
        file.as_file().sync_all()?;
        file.persist(path).map(drop).map_err(|e| e.error)
    }
}

impl Snapshot {
    /// Writes the snapshot to `path` ([`State::load`] reads it back), unless a later
    /// snapshot of the same state has been written already: that one holds this one's
    /// changes too. Saves wait for one another, never for the state's lock.
    pub(crate) fn save(self, path: &Path) -> std::io::Result<()> {
        let order = Arc::clone(&self.state.saves.written);
        let mut written = lock(&order);
        if *written >= self.number {
            return Ok(());
        }
        #[cfg(test)]
        tests::BEFORE_WRITE.with_borrow_mut(|hook| hook.as_mut().map(|hook| hook()));
        self.state.write(path)?;
        *written = self.number;
        Ok(())
    }
}

/// Cents as the API's decimal number: whole amounts as integers, as the service writes them.
pub(crate) fn money(cents: i64) -> serde_json::Value {
    if cents % 100 == 0 {
        return serde_json::Value::from(cents / 100);
    }
    serde_json::Number::from_f64(cents as f64 / 100.0).map_or(serde_json::Value::Null, serde_json::Value::Number)
}

/// A decimal amount, as written, in cents; `None` with more than two decimals, an
/// exponent or out of range. Never through a float, so no cent is lost.
pub(crate) fn cents(amount: &str) -> Option<i64> {
    let (negative, digits) = amount.strip_prefix('-').map_or((false, amount), |d| (true, d));
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let frac = frac.trim_end_matches('0');
    let numeric = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 13 || frac.len() > 2 || !numeric(whole) || !numeric(frac) {
        return None;
    }
    let value = whole.parse::<i64>().ok()? * 100 + format!("{frac:0<2}").parse::<i64>().ok()?;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
pub(crate) mod tests {
    use std::cell::RefCell;

    use super::*;

    #[test]
    fn one_seed_one_world() {
        let a = serde_json::to_string(&State::new(7, 1_700_000_000)).unwrap();
        assert_eq!(a, serde_json::to_string(&State::new(7, 1_700_000_000)).unwrap());
        assert_ne!(a, serde_json::to_string(&State::new(8, 1_700_000_000)).unwrap());
    }

    thread_local! {
        /// Called by [`Snapshot::save`] on the saving thread, before it writes: tests hold
        /// a save there.
        pub(crate) static BEFORE_WRITE: RefCell<Option<Box<dyn FnMut()>>> = const { RefCell::new(None) };
    }

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("tc3-emulator-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn saves_atomically_and_reloads() {
        let dir = temp_dir("state");
        let path = dir.join("state.json");
        let mut state = State::new(1, 1_700_000_000);
        state.snapshot().save(&path).unwrap();
        let back = State::load(&path).unwrap().unwrap();
        assert_eq!(back.customers.len(), 3);
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file left behind");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_earlier_snapshot_is_never_written_over_a_later_one() {
        let dir = temp_dir("save-order");
        let path = dir.join("state.json");
        let mut state = State::new(1, 1_700_000_000);
        state.pool_cents = 1;
        let earlier = state.snapshot();
        state.pool_cents = 2;
        let later = state.snapshot();
        later.save(&path).unwrap();
        earlier.save(&path).unwrap();
        assert_eq!(State::load(&path).unwrap().unwrap().pool_cents, 2, "the later change stays on disk");
        state.pool_cents = 3;
        state.snapshot().save(&path).unwrap();
        assert_eq!(State::load(&path).unwrap().unwrap().pool_cents, 3);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn money_stays_exact() {
        assert_eq!(cents("100.07"), Some(10_007));
        assert_eq!(cents("250.50"), Some(25_050));
        assert_eq!(cents("-3"), Some(-300));
        assert_eq!(cents("0.001"), None);
        assert_eq!(cents("1e3"), None);
        assert_eq!(money(10_007), serde_json::json!(100.07));
    }
}
