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

/// A stream of numbers; its state is part of the saved state.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(1);
        mix(self.0)
    }

    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True with probability `rate` (0.0 to 1.0).
    pub(crate) fn chance(&mut self, rate: f64) -> bool {
        rate > 0.0 && (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= rate
    }
}
