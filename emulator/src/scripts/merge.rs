//! How a scripted answer lands on the spec's answer. Close to JSON Merge Patch (RFC 7386),
//! written here for two differences a test of a spec-driven action needs: a list's objects
//! are merged over the spec's example item, so that a scripted instance keeps every member
//! the test did not name, and `null` sets a member to null (Tencent's answers hold nulls)
//! instead of removing it.

use serde_json::Value;

/// Merges `patch` over `target`: objects member by member (members `patch` lacks kept); a
/// list replaces the list, each object in it merged over `target`'s first item when that is
/// an object; any other value replaces.
pub(super) fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(target), Value::Object(patch)) => {
            for (name, value) in patch {
                match target.get_mut(name) {
                    Some(member) => merge(member, value),
                    None => {
                        target.insert(name.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(target), Value::Array(items)) => {
            let example = target.first().filter(|item| item.is_object()).cloned();
            *target = items
                .iter()
                .map(|item| match (&example, item) {
                    (Some(example), Value::Object(_)) => {
                        let mut merged = example.clone();
                        merge(&mut merged, item);
                        merged
                    }
                    _ => item.clone(),
                })
                .collect();
        }
        (target, patch) => *target = patch.clone(),
    }
}
