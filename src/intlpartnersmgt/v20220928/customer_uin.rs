//! One entry of DescribeCustomerUin's list, written by hand: the API describes an object
//! with a `CustomerUin` member, while its own example lists bare UINs. Both decode.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};

/// One of the caller's customers, as DescribeCustomerUin lists them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescribeCustomerUinData {
    /// Customer UIN. Example: `200000000000`.
    pub customer_uin: Option<String>,
}

impl serde::Serialize for DescribeCustomerUinData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("DescribeCustomerUinData", 1)?;
        out.serialize_field("CustomerUin", &self.customer_uin)?;
        out.end()
    }
}

struct Entry;

impl<'de> Visitor<'de> for Entry {
    type Value = DescribeCustomerUinData;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with `CustomerUin`, or a UIN as a string or number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(DescribeCustomerUinData { customer_uin: Some(v.trim().to_owned()) })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(DescribeCustomerUinData { customer_uin: Some(v.to_string()) })
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(DescribeCustomerUinData { customer_uin: Some(v.to_string()) })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = DescribeCustomerUinData::default();
        while let Some(key) = map.next_key::<String>()? {
            if key == "CustomerUin" {
                let uin: Option<serde_json::Value> = map.next_value()?;
                out.customer_uin = match uin {
                    Some(serde_json::Value::String(uin)) => Some(uin),
                    Some(serde_json::Value::Number(uin)) => Some(uin.to_string()),
                    Some(serde_json::Value::Null) | None => None,
                    Some(other) => {
                        return Err(de::Error::invalid_type(de::Unexpected::Other(&other.to_string()), &self));
                    }
                };
            } else {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        Ok(out)
    }
}

impl<'de> serde::Deserialize<'de> for DescribeCustomerUinData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Entry)
    }
}

#[cfg(test)]
mod tests {
    use super::DescribeCustomerUinData;

    #[test]
    fn objects_and_bare_uins_both_decode() {
        let listed: Vec<DescribeCustomerUinData> =
            serde_json::from_str(r#"[{"CustomerUin": "200000000000", "New": 1}, "200000000001", 200000000002, {}]"#)
                .unwrap();
        let uins: Vec<_> = listed.iter().map(|entry| entry.customer_uin.as_deref()).collect();
        assert_eq!(uins, [Some("200000000000"), Some("200000000001"), Some("200000000002"), None]);
        assert_eq!(serde_json::to_string(&listed[0]).unwrap(), r#"{"CustomerUin":"200000000000"}"#);
    }
}
