//! An exact decimal amount that keeps the JSON text it was read from.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;

/// An exact decimal number, such as a credit, voucher or bill amount.
///
/// Money never goes through `f64`: a `Decimal` keeps the digits exactly as the service wrote
/// them (`1000`, `0.00000003`, `12.50`) and writes them back unchanged. It decodes from a
/// JSON number or from a string holding one, and encodes as a JSON number.
///
/// Equality compares the text, so `1.0` and `1` differ; compare [`Decimal::as_str`] after
/// your own normalisation, or parse it with a decimal crate, when you need arithmetic.
///
/// ```
/// let amount: tc3_runtime::Decimal = "1234.5600".parse().unwrap();
/// assert_eq!(serde_json::to_string(&amount).unwrap(), "1234.5600");
/// let back: tc3_runtime::Decimal = serde_json::from_str("0.00000003").unwrap();
/// assert_eq!(back.as_str(), "0.00000003");
/// assert!("1e".parse::<tc3_runtime::Decimal>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    text: Box<str>,
}

/// Why a text is not a decimal number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a decimal number such as `12.50`, `-3` or `1e-8`")
    }
}

impl std::error::Error for ParseDecimalError {}

impl Decimal {
    /// The number as written: the JSON number's text, or the string's content.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the amount is below zero.
    pub fn is_negative(&self) -> bool {
        self.text.starts_with('-') && self.text.bytes().any(|b| (b'1'..=b'9').contains(&b))
    }
}

/// Whether `s` follows JSON's number grammar: `-?digits(.digits)?([eE][+-]?digits)?`.
fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if !digits(&mut i) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if is_json_number(s) { Ok(Decimal { text: s.into() }) } else { Err(ParseDecimalError) }
    }
}

macro_rules! from_integer {
    ($($int:ty),*) => {$(
        impl From<$int> for Decimal {
            fn from(value: $int) -> Self {
                Decimal { text: value.to_string().into() }
            }
        }
    )*};
}
from_integer!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128);

/// The shortest text that reads back as the same `f64` (`0.1` stays `0.1`), for amounts
/// written as float literals; NaN and infinities are refused. Amounts read from the
/// service never take this path.
impl TryFrom<f64> for Decimal {
    type Error = ParseDecimalError;

    fn try_from(value: f64) -> Result<Self, Self::Error> {
        if value.is_finite() { value.to_string().parse() } else { Err(ParseDecimalError) }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({})", self.text)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The text was checked against JSON's number grammar, so it is a valid raw value.
        let raw = RawValue::from_string(self.text.to_string()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A raw value is the only way to see a JSON number's digits before serde_json turns
        // them into an f64.
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        let text = raw.get().trim();
        let number = if text.starts_with('"') {
            serde_json::from_str::<String>(text).map_err(de::Error::custom)?
        } else {
            text.to_owned()
        };
        number.parse().map_err(|_| {
            de::Error::invalid_value(de::Unexpected::Other(text), &"a decimal number or a string holding one")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn keeps_every_digit_of_numbers_and_strings() {
        for text in ["0", "-12.5", "1000", "0.00000003", "12345678901234567890.123456789", "1e-8", "2.50"] {
            let number: Decimal = serde_json::from_str(text).unwrap();
            assert_eq!(number.as_str(), text);
            assert_eq!(serde_json::to_string(&number).unwrap(), text);
            let quoted: Decimal = serde_json::from_str(&format!("\"{text}\"")).unwrap();
            assert_eq!(quoted, number);
        }
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in ["\"\"", "\"abc\"", "\"1.\"", "\".5\"", "true", "null", "[1]", "\"1,5\""] {
            assert!(serde_json::from_str::<Decimal>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn float_literals_keep_their_shortest_text() {
        for (float, text) in [(0.1, "0.1"), (1000.5, "1000.5"), (-3.0, "-3"), (1e-7, "0.0000001")] {
            assert_eq!(Decimal::try_from(float).unwrap().as_str(), text);
        }
        assert!(Decimal::try_from(f64::NAN).is_err());
        assert!(Decimal::try_from(f64::INFINITY).is_err());
    }

    #[test]
    fn sign() {
        assert!("-0.01".parse::<Decimal>().unwrap().is_negative());
        assert!(!"-0.00".parse::<Decimal>().unwrap().is_negative());
        assert!(!Decimal::from(5u8).is_negative());
    }
}
