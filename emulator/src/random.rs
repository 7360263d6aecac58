//! Deterministic randomness: everything the emulator invents (codes, uins, bills) follows
//! from the seed, so two runs with one seed answer alike.

/// SplitMix64's finalizer: a well-spread 64-bit hash of `x`.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// A hash of a seed and some text, for values derived from names (e.g. a month's bills).
pub(crate) fn hash(seed: u64, text: &str) -> u64 {
    text.bytes().fold(mix(seed), |acc, b| mix(acc ^ u64::from(b)))
}

/// A stream of numbers (fastrand's), whose seed is part of the saved state.
#[derive(Debug, Clone)]
pub(crate) struct Rng(fastrand::Rng);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(fastrand::Rng::with_seed(seed))
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0.u64(..)
    }

    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.0.u64(..n.max(1))
    }

    /// True with probability `rate` (0.0 to 1.0).
    pub(crate) fn chance(&mut self, rate: f64) -> bool {
        rate > 0.0 && self.0.f64() < rate
    }
}

impl serde::Serialize for Rng {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0.get_seed())
    }
}

impl<'de> serde::Deserialize<'de> for Rng {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        u64::deserialize(deserializer).map(Rng::new)
    }
}
