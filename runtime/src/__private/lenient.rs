//! Decoding under `#[tc3(lenient)]`: integers and floats may arrive as strings of digits,
//! strings as numbers, and booleans as `"true"`, `"false"` (any case), `1` or `0`, as some API 3.0
//! services send them.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, SeqAccess, Visitor};

/// A field type that `#[tc3(lenient)]` decodes: a number or string, or an `Option` or `Vec` of one.
pub trait Lenient: Sized {
    /// Decodes `Self`, accepting the other spelling of the value too.
    fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

struct Scalar<T>(PhantomData<T>);

macro_rules! integers {
    ($($int:ty),*) => {$(
        impl<'de> Visitor<'de> for Scalar<$int> {
            type Value = $int;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!("an integer (", stringify!($int), "), or a string of one"))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<$int, E> {
                <$int>::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<$int, E> {
                <$int>::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<$int, E> {
                v.trim().parse().map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }

        impl Lenient for $int {
            fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(Scalar::<$int>(PhantomData))
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

macro_rules! floats {
    ($($float:ty),*) => {$(
        impl<'de> Visitor<'de> for Scalar<$float> {
            type Value = $float;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, or a string of one")
            }

            #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<$float, E> {
                Ok(v as $float)
            }

            #[allow(clippy::cast_precision_loss)]
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<$float, E> {
                Ok(v as $float)
            }

            #[allow(clippy::cast_precision_loss)]
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<$float, E> {
                Ok(v as $float)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<$float, E> {
                v.trim().parse().map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }

        impl Lenient for $float {
            fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(Scalar::<$float>(PhantomData))
            }
        }
    )*};
}
floats!(f32, f64);

impl<'de> Visitor<'de> for Scalar<String> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, or a number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
}

impl Lenient for String {
    fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Scalar::<String>(PhantomData))
    }
}

impl<'de> Visitor<'de> for Scalar<bool> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean, `\"true\"`, `\"false\"`, 1 or 0")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        Ok(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        match v {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        u64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self)).and_then(|v| self.visit_u64(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        // Any case: some services write Python's `True` and `False`.
        match v.trim() {
            "1" => Ok(true),
            "0" => Ok(false),
            t if t.eq_ignore_ascii_case("true") => Ok(true),
            t if t.eq_ignore_ascii_case("false") => Ok(false),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }
}

impl Lenient for bool {
    fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Scalar::<bool>(PhantomData))
    }
}

struct Maybe<T>(PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for Maybe<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        T::lenient(deserializer).map(Some)
    }
}

impl<T: Lenient> Lenient for Option<T> {
    fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(Maybe::<T>(PhantomData))
    }
}

struct Item<T>(PhantomData<T>);

impl<'de, T: Lenient> DeserializeSeed<'de> for Item<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::lenient(deserializer)
    }
}

/// The visitor of a lenient list, which [`OneOrMany`](crate::OneOrMany) shares.
pub(crate) struct List<T>(pub(crate) PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for List<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(Item::<T>(PhantomData))? {
            out.push(item);
        }
        Ok(out)
    }
}

impl<T: Lenient> Lenient for Vec<T> {
    fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(List::<T>(PhantomData))
    }
}

/// A lenient member as the derive reads it: `T` decoded through [`Lenient`].
#[derive(Debug, Default)]
pub struct Field<T>(pub T);

impl<'de, T: Lenient> serde::Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::lenient(deserializer).map(Field)
    }
}
