//! Fault injection for resilience tests: added latency, dropped connections, answers lost
//! after the action ran, streams cut midway, HTTP 5xx, throttling and a shifted clock, each
//! applied to a chosen share of API requests.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::random::Rng;
use crate::shared::lock;

/// Which faults to inject, and how often (rates are 0.0 to 1.0). The default injects none.
/// Set with [`crate::Emulator::set_faults`], `POST /_emulator/faults` (this struct as JSON,
/// members left out keep their defaults; an unknown member, a rate outside 0 to 1 or an
/// `error_status` that is no HTTP error is refused) or the binary's flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Faults {
    /// Milliseconds added before answering, and in a streamed answer before each further event.
    pub latency_ms: u64,
    /// Share of requests that get `latency_ms`.
    pub latency_rate: f64,
    /// Share of requests whose connection is closed without an answer.
    pub drop_rate: f64,
    /// Share of requests answered with HTTP `error_status` and no envelope, as a failing gateway.
    pub error_rate: f64,
    /// The status of injected errors, 400 to 599; 502 when 0.
    pub error_status: u16,
    /// Share of requests refused with `RequestLimitExceeded`.
    pub throttle_rate: f64,
    /// Seconds added to the emulator's clock (negative: behind), for clock-skew tests.
    pub clock_offset_secs: i64,
    /// Share of requests judged by the shifted clock; 1.0 (all) by default.
    pub clock_offset_rate: f64,
    /// Share of requests performed whose answer is lost: the connection closes after the
    /// action ran, as when a network fails on the way back. Only an idempotency token
    /// (`ClientToken`) makes retrying such a call safe.
    pub lose_rate: f64,
    /// Share of streamed answers (server-sent events) whose connection closes midway: after
    /// half of the events (at least one), without the rest or the stream's end. Answers that
    /// are not streamed are left alone.
    pub cut_rate: f64,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            latency_ms: 0,
            latency_rate: 0.0,
            drop_rate: 0.0,
            error_rate: 0.0,
            error_status: 0,
            throttle_rate: 0.0,
            clock_offset_secs: 0,
            clock_offset_rate: 1.0,
            lose_rate: 0.0,
            cut_rate: 0.0,
        }
    }
}

/// A fault setting out of its range: the field, what it takes, and the value given.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OutOfRange {
    field: &'static str,
    expected: &'static str,
    got: String,
}

impl OutOfRange {
    /// The problem, for a person who set the value as `name` (a flag or a JSON member).
    pub(crate) fn message(&self, name: &str) -> String {
        format!("{name}: expected {}, got `{}`", self.expected, self.got)
    }

    /// The JSON member that holds the value.
    pub(crate) fn field(&self) -> &'static str {
        self.field
    }
}

/// What happens to one request.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub(crate) delay_ms: u64,
    pub(crate) drop: bool,
    pub(crate) error_status: Option<u16>,
    pub(crate) throttle: bool,
    /// Seconds this request's clock is shifted by.
    pub(crate) clock_offset_secs: i64,
    /// The request is performed, then its connection closed without the answer.
    pub(crate) lose: bool,
    /// A streamed answer's connection closes midway.
    pub(crate) cut: bool,
}

/// The faults in force and the seeded generator that draws each request's [`Decision`].
#[derive(Debug)]
pub(crate) struct InForce(Mutex<(Faults, Rng)>);

impl InForce {
    pub(crate) fn new(faults: Faults, seed: u64) -> Self {
        InForce(Mutex::new((faults, Rng::new(seed ^ 0xFA17))))
    }

    /// The faults in force.
    pub(crate) fn get(&self) -> Faults {
        lock(&self.0).0.clone()
    }

    /// Puts `faults` in force (checked by the caller) for the requests that follow.
    pub(crate) fn set(&self, faults: Faults) {
        lock(&self.0).0 = faults;
    }

    /// The faults of the next request.
    pub(crate) fn decide(&self) -> Decision {
        let mut in_force = lock(&self.0);
        let (faults, rng) = &mut *in_force;
        faults.decide(rng)
    }

    /// Seconds the clock is shifted by for requests the offset applies to.
    pub(crate) fn clock_offset_secs(&self) -> i64 {
        lock(&self.0).0.clock_offset_secs
    }
}

impl Faults {
    fn decide(&self, rng: &mut Rng) -> Decision {
        Decision {
            delay_ms: if rng.chance(self.latency_rate) { self.latency_ms } else { 0 },
            drop: rng.chance(self.drop_rate),
            error_status: rng.chance(self.error_rate).then_some(if self.error_status == 0 {
                502
            } else {
                self.error_status
            }),
            throttle: rng.chance(self.throttle_rate),
            clock_offset_secs: if rng.chance(self.clock_offset_rate) { self.clock_offset_secs } else { 0 },
            lose: rng.chance(self.lose_rate),
            // Drawn last, so that the draws above stay as they were for a given seed.
            cut: rng.chance(self.cut_rate),
        }
    }

    /// Checks every value is in its range: rates from 0 to 1, `error_status` 0 or an HTTP
    /// error (400 to 599). The binary's flags and `POST /_emulator/faults` both ask this.
    pub(crate) fn check(&self) -> Result<(), OutOfRange> {
        let rates = [
            ("latency_rate", self.latency_rate),
            ("drop_rate", self.drop_rate),
            ("error_rate", self.error_rate),
            ("throttle_rate", self.throttle_rate),
            ("clock_offset_rate", self.clock_offset_rate),
            ("lose_rate", self.lose_rate),
            ("cut_rate", self.cut_rate),
        ];
        if let Some((field, rate)) = rates.into_iter().find(|(_, rate)| !(0.0..=1.0).contains(rate)) {
            return Err(OutOfRange { field, expected: "a rate from 0 to 1", got: rate.to_string() });
        }
        if self.error_status != 0 && !(400..=599).contains(&self.error_status) {
            let expected = "an HTTP error status from 400 to 599";
            return Err(OutOfRange { field: "error_status", expected, got: self.error_status.to_string() });
        }
        Ok(())
    }

    /// Parses a binary flag into these faults; `Ok(false)` when `flag` is not a fault flag.
    pub fn apply_flag(&mut self, flag: &str, value: &str) -> Result<bool, String> {
        let mut next = self.clone();
        if !next.set_flag(flag, value)? {
            return Ok(false);
        }
        next.check().map_err(|e| e.message(flag))?;
        *self = next;
        Ok(true)
    }

    /// [`Faults::apply_flag`] before the ranges are checked.
    fn set_flag(&mut self, flag: &str, value: &str) -> Result<bool, String> {
        let rate = |v: &str| -> Result<f64, String> {
            v.parse::<f64>().map_err(|_| format!("{flag}: expected a rate from 0 to 1, got `{v}`"))
        };
        match flag {
            "--latency" => {
                let (ms, r) = value.split_once('@').unwrap_or((value, "1"));
                self.latency_ms = ms
                    .trim_end_matches("ms")
                    .parse()
                    .map_err(|_| format!("--latency: expected MS[@RATE], got `{value}`"))?;
                self.latency_rate = rate(r)?;
            }
            "--drop" => self.drop_rate = rate(value)?,
            "--fail" => {
                let (r, status) = value.split_once('@').unwrap_or((value, "502"));
                self.error_rate = rate(r)?;
                self.error_status =
                    status.parse().map_err(|_| format!("--fail: expected RATE[@STATUS], got `{value}`"))?;
            }
            "--throttle" => self.throttle_rate = rate(value)?,
            "--lose" => self.lose_rate = rate(value)?,
            "--cut" => self.cut_rate = rate(value)?,
            "--clock-offset" => {
                let (secs, r) = value.split_once('@').unwrap_or((value, "1"));
                self.clock_offset_secs =
                    secs.parse().map_err(|_| format!("--clock-offset: expected SECS[@RATE], got `{value}`"))?;
                self.clock_offset_rate = rate(r)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::Rng;

    #[test]
    fn rates_zero_and_one_are_never_and_always() {
        let mut rng = Rng::new(1);
        let always = Faults { drop_rate: 1.0, throttle_rate: 1.0, lose_rate: 1.0, ..Faults::default() };
        let never = Faults::default();
        for _ in 0..100 {
            assert!(always.decide(&mut rng).drop && always.decide(&mut rng).throttle && always.decide(&mut rng).lose);
            assert_eq!(never.decide(&mut rng), Decision::default());
        }
    }

    #[test]
    fn a_rate_is_roughly_kept() {
        let mut rng = Rng::new(7);
        let faults = Faults { error_rate: 0.25, ..Faults::default() };
        let hits = (0..4000).filter(|_| faults.decide(&mut rng).error_status.is_some()).count();
        assert!((800..1200).contains(&hits), "{hits}");
    }

    #[test]
    fn the_clock_shifts_for_its_share_of_requests_only() {
        let mut rng = Rng::new(3);
        let faults = Faults { clock_offset_secs: 600, clock_offset_rate: 0.5, ..Faults::default() };
        let shifted = (0..4000).filter(|_| faults.decide(&mut rng).clock_offset_secs == 600).count();
        assert!((1800..2200).contains(&shifted), "{shifted}");
        let always = Faults { clock_offset_secs: -30, ..Faults::default() };
        assert!((0..100).all(|_| always.decide(&mut rng).clock_offset_secs == -30));
    }

    #[test]
    fn flags_parse() {
        let mut f = Faults::default();
        assert_eq!(f.apply_flag("--latency", "200ms@0.5"), Ok(true));
        assert_eq!(f.apply_flag("--fail", "0.1@503"), Ok(true));
        assert_eq!(f.apply_flag("--clock-offset", "-400"), Ok(true));
        assert_eq!((f.latency_ms, f.latency_rate, f.error_status, f.clock_offset_secs), (200, 0.5, 503, -400));
        assert_eq!(f.clock_offset_rate, 1.0);
        assert_eq!(f.apply_flag("--clock-offset", "600@0.25"), Ok(true));
        assert_eq!((f.clock_offset_secs, f.clock_offset_rate), (600, 0.25));
        assert_eq!(f.apply_flag("--lose", "0.2"), Ok(true));
        assert_eq!(f.lose_rate, 0.2);
        assert_eq!(f.apply_flag("--cut", "0.5"), Ok(true));
        assert_eq!(f.cut_rate, 0.5);
        assert!(f.apply_flag("--cut", "-1").is_err());
        assert!(f.apply_flag("--drop", "2").is_err());
        assert_eq!(f.apply_flag("--seed", "1"), Ok(false));
    }

    #[test]
    fn flags_and_json_are_refused_out_of_range_alike() {
        let mut f = Faults::default();
        assert_eq!(f.apply_flag("--drop", "1.5"), Err("--drop: expected a rate from 0 to 1, got `1.5`".into()));
        assert_eq!(
            f.apply_flag("--fail", "0.5@200"),
            Err("--fail: expected an HTTP error status from 400 to 599, got `200`".into())
        );
        assert_eq!(f.apply_flag("--fail", "0.5@oops"), Err("--fail: expected RATE[@STATUS], got `0.5@oops`".into()));
        assert_eq!(f.apply_flag("--fail", "0.5"), Ok(true));
        assert_eq!(f.error_status, 502);
        let json: Faults = serde_json::from_str(r#"{"lose_rate": -0.1}"#).unwrap();
        let refused = json.check().unwrap_err();
        assert_eq!(
            (refused.field(), refused.message("lose_rate").as_str()),
            ("lose_rate", "lose_rate: expected a rate from 0 to 1, got `-0.1`")
        );
        let typo = serde_json::from_str::<Faults>(r#"{"throtle_rate": 1}"#).unwrap_err().to_string();
        assert!(typo.contains("unknown field `throtle_rate`"), "{typo}");
        assert_eq!(Faults::default().check(), Ok(()));
    }
}
