//! A waiter's path, read in an answer.
//!
//! The answer is read as its wire JSON (`serde_json::Value`, from the response's own
//! `Serialize`, which writes wire names) rather than through the typed fields: a waiter is data
//! (a path of wire names, the names the API documents), and a generic `Value` walk reads any
//! response without generated accessors per waiter. The cost, one serialization per poll, is
//! nothing next to a poll's seconds of waiting.

use serde_json::Value;

/// Every value at `path` (`InstanceSet[].InstanceState`) in `answer`: members by wire name,
/// `[]` after one that holds a list to go on in each item. A member absent or `null` reads
/// nothing; so does a list where the path expects none, or the reverse.
pub(super) fn read<'a>(answer: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut values = vec![answer];
    for step in path.split('.') {
        let (name, list) = match step.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (step, false),
        };
        let mut next = Vec::new();
        for value in values {
            match (value.get(name), list) {
                (Some(Value::Array(items)), true) => next.extend(items.iter().filter(|item| !item.is_null())),
                (Some(Value::Array(_)) | Some(Value::Null) | None, false) | (_, true) => {}
                (Some(found), false) => next.push(found),
            }
        }
        values = next;
    }
    values
}

/// Whether `value` is `expected`, compared as text.
pub(super) fn equals(value: &Value, expected: &str) -> bool {
    match value {
        Value::String(text) => text == expected,
        Value::Number(number) => expected.parse::<serde_json::Number>().is_ok_and(|e| e == *number),
        Value::Bool(flag) => expected == if *flag { "true" } else { "false" },
        _ => false,
    }
}

/// `value` as the text a state is reported in.
pub(super) fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn reads_through_lists_and_skips_what_is_missing() {
        let answer = json!({"InstanceSet": [{"InstanceState": "RUNNING"}, {"InstanceState": "PENDING"}, {}, null],
            "Status": 0, "Task": {"Done": true}, "Empty": null});
        let texts = |path| read(&answer, path).into_iter().map(text).collect::<Vec<_>>();
        assert_eq!(texts("InstanceSet[].InstanceState"), ["RUNNING", "PENDING"]);
        assert_eq!(texts("Status"), ["0"]);
        assert_eq!(texts("Task.Done"), ["true"]);
        assert!(texts("Empty").is_empty() && texts("Missing").is_empty() && texts("Missing[].X").is_empty());
        // A list where the path expects a value, and a value where it expects a list.
        assert!(texts("InstanceSet.InstanceState").is_empty() && texts("Status[]").is_empty());
        assert!(equals(&json!(1), "1") && equals(&json!(true), "true") && equals(&json!("A"), "A"));
        assert!(!equals(&json!("1 "), "1") && !equals(&json!(null), "null") && !equals(&json!([1]), "[1]"));
    }
}
