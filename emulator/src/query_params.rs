//! Parameters of a GET request: the query string the official SDKs write, with nested
//! members flattened to dotted keys (`Uins.0=1&Filter.Name=x`), read back into the JSON
//! shape a POST body would have. Values stay strings; the parameter check reads numbers
//! given as digit strings, as the real service does.

use serde_json::{Map, Value};

use crate::envelope::ApiError;

/// The parameters of `query` as a JSON object.
pub(crate) fn parse(query: &str) -> Result<Value, ApiError> {
    nest(pairs(query)?)
}

/// The decoded `(key, value)` pairs of a query string or form-encoded body, in order.
///
/// `form_urlencoded` decodes leniently: a broken escape stays as written and bad UTF-8
/// becomes U+FFFD. The service refuses both, so both are looked for.
pub(crate) fn pairs(query: &str) -> Result<Vec<(String, String)>, ApiError> {
    let bad = || ApiError::new("InvalidParameter", "The query string is not valid percent-encoded UTF-8.");
    let mut escapes = query.split('%').skip(1);
    if !escapes.all(|rest| rest.len() >= 2 && rest.as_bytes()[..2].iter().all(u8::is_ascii_hexdigit)) {
        return Err(bad());
    }
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let replaced = |text: &str| text.contains(char::REPLACEMENT_CHARACTER);
    if !replaced(query) && pairs.iter().any(|(k, v)| replaced(k) || replaced(v)) {
        return Err(bad());
    }
    Ok(pairs)
}

/// The most segments a dotted key may have. The deepest members of the catalogue take a
/// handful (`Filters.0.Values.0`); serde_json refuses JSON nested beyond 128 for the same
/// reason this limit exists: reading back a key thousands of segments deep recursed until the
/// stack overflowed and the process aborted.
pub(crate) const MAX_KEY_SEGMENTS: usize = 32;

/// The most members (objects, lists and values, at any depth) the pairs of one request may
/// make: each costs about a hundred bytes for two bytes of query, and a v1 form may carry
/// 10 MB.
pub(crate) const MAX_MEMBERS: usize = 100_000;

/// Dotted keys as nested members, indexed members as lists.
pub(crate) fn nest(pairs: Vec<(String, String)>) -> Result<Value, ApiError> {
    let mut root = Value::Object(Map::new());
    let mut members = 0;
    for (key, value) in pairs {
        if key.split('.').nth(MAX_KEY_SEGMENTS).is_some() {
            return Err(ApiError::new(
                "InvalidParameter",
                format!("A parameter name has more than {MAX_KEY_SEGMENTS} dotted segments."),
            ));
        }
        let mut slot = &mut root;
        for segment in key.split('.') {
            let map = slot.as_object_mut().ok_or_else(|| conflict(&key))?;
            if !map.contains_key(segment) {
                members += 1;
                if members > MAX_MEMBERS {
                    return Err(ApiError::new(
                        "InvalidParameter",
                        format!("The parameters make more than {MAX_MEMBERS} members."),
                    ));
                }
            }
            slot = map.entry(segment).or_insert_with(|| Value::Object(Map::new()));
        }
        if slot.as_object().is_some_and(|m| !m.is_empty()) {
            return Err(conflict(&key));
        }
        *slot = Value::String(value);
    }
    Ok(into_lists(root))
}

/// Objects whose keys are exactly 0..n become lists.
fn into_lists(value: Value) -> Value {
    let Value::Object(map) = value else { return value };
    let indexed = !map.is_empty() && (0..map.len()).all(|i| map.contains_key(&i.to_string()));
    if indexed {
        let mut items: Vec<(usize, Value)> =
            map.into_iter().map(|(k, v)| (k.parse().unwrap_or(usize::MAX), into_lists(v))).collect();
        items.sort_by_key(|(i, _)| *i);
        Value::Array(items.into_iter().map(|(_, v)| v).collect())
    } else {
        Value::Object(map.into_iter().map(|(k, v)| (k, into_lists(v))).collect())
    }
}

fn conflict(key: &str) -> ApiError {
    ApiError::new("InvalidParameter", format!("The query parameter `{key}` is given both as a value and as a member."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dotted_keys_become_the_json_shape() {
        let query = "Month=2026-11&Uins.0=1001&Uins.1=1002&Filter.Name=Pay+Mode&Filter.Values.0=%E4%B8%AD";
        assert_eq!(
            parse(query).unwrap(),
            json!({"Month": "2026-11", "Uins": ["1001", "1002"], "Filter": {"Name": "Pay Mode", "Values": ["中"]}})
        );
    }

    #[test]
    fn lists_keep_their_order_past_ten_items() {
        let query: Vec<String> = (0..12).map(|i| format!("L.{i}={i}")).collect();
        let list = parse(&query.join("&")).unwrap()["L"].clone();
        assert_eq!(list, json!(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]));
    }

    #[test]
    fn broken_queries_are_refused_not_guessed() {
        assert!(parse("A=1&A.B=2").is_err());
        assert!(parse("A.B=2&A=1").is_err());
        assert!(parse("A=%ZZ").is_err());
        assert!(parse("A=%FF").is_err());
        assert_eq!(parse("").unwrap(), json!({}));
    }

    #[test]
    fn keys_too_deep_are_refused_not_recursed_into() {
        let deep = |segments: usize| format!("{}B=1", "A.".repeat(segments - 1));
        let ok = parse(&deep(MAX_KEY_SEGMENTS)).unwrap();
        assert!(ok.pointer(&format!("{}/B", "/A".repeat(MAX_KEY_SEGMENTS - 1))).is_some());
        // 100,000 segments (200 KB) overflowed the stack and aborted the process.
        for segments in [MAX_KEY_SEGMENTS + 1, 1_000, 100_000] {
            let refused = parse(&deep(segments)).unwrap_err();
            assert_eq!(refused.code, "InvalidParameter");
            assert!(refused.message.contains("dotted segments"), "{}", refused.message);
        }
    }

    #[test]
    fn too_many_members_are_refused() {
        let fits: Vec<String> = (0..MAX_MEMBERS / 2).map(|i| format!("L.{i}=x")).collect();
        assert_eq!(parse(&fits.join("&")).unwrap()["L"].as_array().map(Vec::len), Some(MAX_MEMBERS / 2));
        let wide: Vec<String> = (0..MAX_MEMBERS / 8 + 1).map(|i| format!("K{i}.A.B.C.D.E.F.G=x")).collect();
        let refused = parse(&wide.join("&")).unwrap_err();
        assert!(refused.message.contains("members"), "{}", refused.message);
    }
}
