//! Values built from the spec's examples: the answers of spec-driven services, and example
//! requests for tests.

use serde_json::{Map, Number, Value};
use tc3_codegen::spec::{Member, Spec as Facts};

/// The answer to `action`: every member its response declares but `RequestId` (the
/// envelope adds a fresh one), each with its example value in its JSON type.
pub(crate) fn response(facts: &Facts, action: &str) -> Map<String, Value> {
    let mut answer = object(facts, &format!("{action}Response"), &mut Vec::new(), &|_| true);
    answer.remove("RequestId");
    answer
}

/// An example request for `action` of `service` at `version` (`2017-03-12`): every member
/// the spec requires, with its example value in its JSON type. `None` when the catalogue has
/// no such action.
pub fn request(service: &str, version: &str, action: &str) -> Option<Value> {
    let facts = &super::version(service, version)?.facts;
    facts
        .actions
        .iter()
        .any(|(name, _)| name == action)
        .then(|| Value::Object(object(facts, &format!("{action}Request"), &mut Vec::new(), &Member::required)))
}

/// Object `name` with the members `wanted` keeps; `path` holds the objects being built, so
/// an object that contains itself ends there (`null`, or an empty list).
fn object<'a>(
    facts: &'a Facts,
    name: &'a str,
    path: &mut Vec<&'a str>,
    wanted: &dyn Fn(&Member) -> bool,
) -> Map<String, Value> {
    let Some(spec) = facts.objects.get(name) else { return Map::new() };
    path.push(name);
    let members =
        spec.members().iter().filter(|m| wanted(m)).map(|m| (m.wire().to_owned(), member(facts, m, path, wanted)));
    let built = members.collect();
    path.pop();
    built
}

fn member<'a>(
    facts: &'a Facts,
    member: &'a Member,
    path: &mut Vec<&'a str>,
    wanted: &dyn Fn(&Member) -> bool,
) -> Value {
    let item = member.item();
    if facts.objects.contains_key(item) {
        if path.contains(&item) {
            return if member.is_list() { Value::Array(Vec::new()) } else { Value::Null };
        }
        let one = Value::Object(object(facts, item, path, wanted));
        return if member.is_list() { Value::Array(vec![one]) } else { one };
    }
    if !member.is_list() {
        return scalar(item, member.example());
    }
    // A list's example is often the list itself, as JSON: `["ins-1"]`.
    match serde_json::from_str::<Value>(member.example()) {
        Ok(Value::Array(items)) if !items.is_empty() => Value::Array(
            items
                .iter()
                .map(|v| scalar(item, v.as_str().map_or_else(|| v.to_string(), str::to_owned).as_str()))
                .collect(),
        ),
        _ => Value::Array(vec![scalar(item, member.example())]),
    }
}

/// A value of scalar type `kind` from its example text: the example where it reads as one,
/// a neutral value of the type otherwise.
fn scalar(kind: &str, example: &str) -> Value {
    let example = example.trim();
    match kind {
        "int64" => example.parse::<i64>().map_or(Value::from(0), Value::from),
        "uint64" => example.parse::<u64>().map_or(Value::from(0), Value::from),
        "float" => example.parse::<f64>().ok().and_then(Number::from_f64).map_or(Value::from(0.0), Value::Number),
        "bool" => Value::Bool(example.eq_ignore_ascii_case("true")),
        "date" if example.is_empty() => Value::from("2026-01-01"),
        "datetime" if example.is_empty() => Value::from("2026-01-01 00:00:00"),
        "datetime_iso" if example.is_empty() => Value::from("2026-01-01T00:00:00Z"),
        _ => Value::from(example),
    }
}
