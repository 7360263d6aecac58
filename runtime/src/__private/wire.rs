//! What the derive's `Serialize` and `Deserialize` impls call: a struct written as a map
//! that leaves out absent optional members, and read from one, keys matched by the derive's
//! own function, unknown members skipped, duplicate and missing members refused.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize};

/// Writes an optional member, or leaves it out when it is `None`.
pub fn optional<S: SerializeStruct, T: Serialize>(
    state: &mut S,
    wire: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    if value.is_some() { state.serialize_field(wire, value) } else { state.skip_field(wire) }
}

/// A struct the derive reads from a map.
pub trait FromMap: Sized {
    /// What an error says was expected: `struct Name`.
    const EXPECTING: &'static str;

    /// Reads the members from `map`.
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// The body of a derived `Deserialize::deserialize`.
pub fn deserialize<'de, D: Deserializer<'de>, T: FromMap>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(Struct::<T>(PhantomData))
}

struct Struct<T>(PhantomData<T>);

impl<'de, T: FromMap> Visitor<'de> for Struct<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// A member's key, read as the index the derive's function gives it (`usize::MAX`: unknown).
/// A `match` per struct, not a search of a table of names: decoding took some 20 % longer
/// with the table (BENCHMARKS.md, compile times), which saved rustc little.
#[derive(Debug, Clone, Copy)]
pub struct Key(pub fn(&str) -> usize);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        Ok((self.0)(v))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<usize, E> {
        Ok(core::str::from_utf8(v).map_or(usize::MAX, self.0))
    }
}

/// Reads the value of the member `wire` into its empty `slot`; a second one is an error.
pub fn put<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    wire: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(wire));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a member the struct does not have.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(drop)
}
