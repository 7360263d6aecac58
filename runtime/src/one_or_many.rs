//! A list that one site of Tencent Cloud sends as a single value.

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use serde::de::value::{BoolDeserializer, F64Deserializer, I64Deserializer, StrDeserializer, U64Deserializer};
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::__private::lenient::{Lenient, List};

/// A list member that one site types as a list and the other as a single value (monitor's
/// `GrafanaNotificationChannel.OrgIds`: a list on the mainland, a string internationally).
///
/// It decodes from a list, or from one value as a list of one; an empty string is an empty
/// list. It encodes as a list. Items decode leniently (a number where a string is expected).
///
/// ```
/// use tc3_runtime::OneOrMany;
/// let many: OneOrMany<String> = serde_json::from_str(r#"["1", "2"]"#).unwrap();
/// let one: OneOrMany<String> = serde_json::from_str(r#""1""#).unwrap();
/// assert_eq!((many.len(), one.as_slice()), (2, &["1".to_owned()][..]));
/// assert_eq!(serde_json::to_string(&one).unwrap(), r#"["1"]"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<T> OneOrMany<T> {
    /// The items.
    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

impl<T> Deref for OneOrMany<T> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for OneOrMany<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T> From<Vec<T>> for OneOrMany<T> {
    fn from(items: Vec<T>) -> Self {
        OneOrMany(items)
    }
}

impl<T> IntoIterator for OneOrMany<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Lenient> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Items::<T>(PhantomData)).map(OneOrMany)
    }
}

struct Items<T>(PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for Items<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list, or a single value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
        List::<T>(PhantomData).visit_seq(seq)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<T>, E> {
        if v.is_empty() {
            return Ok(Vec::new());
        }
        T::lenient(StrDeserializer::<E>::new(v)).map(|item| vec![item])
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Vec<T>, E> {
        T::lenient(I64Deserializer::<E>::new(v)).map(|item| vec![item])
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Vec<T>, E> {
        T::lenient(U64Deserializer::<E>::new(v)).map(|item| vec![item])
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Vec<T>, E> {
        T::lenient(F64Deserializer::<E>::new(v)).map(|item| vec![item])
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Vec<T>, E> {
        T::lenient(BoolDeserializer::<E>::new(v)).map(|item| vec![item])
    }
}

#[cfg(test)]
mod tests {
    use super::OneOrMany;

    #[test]
    fn a_list_a_single_value_or_an_empty_string() {
        let read = |text: &str| serde_json::from_str::<OneOrMany<String>>(text).map(OneOrMany::into_vec);
        assert_eq!(read(r#"["a", 7]"#).unwrap(), ["a", "7"]);
        assert_eq!(read(r#""a""#).unwrap(), ["a"]);
        assert_eq!(read("7").unwrap(), ["7"]);
        assert_eq!(read(r#""""#).unwrap(), Vec::<String>::new());
        assert!(read(r#"{"a": 1}"#).is_err());
        let numbers: OneOrMany<u64> = serde_json::from_str(r#""12""#).unwrap();
        assert_eq!(numbers.0, [12]);
    }
}
