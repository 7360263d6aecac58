//! Wire bodies built from the spec's members and examples: every member present, each
//! value of its documented type.

use serde_json::{Map, Value, json};
use tc3_codegen::spec::{Member, Spec};

const SPEC: &str = include_str!("../../spec/intlpartnersmgt-2022-09-28.json");

/// The spec, parsed.
pub(crate) fn spec() -> Spec {
    Spec::parse(SPEC).expect("the spec parses")
}

/// Names of the 46 actions.
#[allow(dead_code)] // Not every test binary lists them.
pub(crate) fn actions() -> Vec<String> {
    spec().actions.into_iter().map(|(name, _)| name).collect()
}

/// A body of object `name` with every member filled from its example.
pub(crate) fn body(name: &str) -> Value {
    object(&spec(), name)
}

fn object(spec: &Spec, name: &str) -> Value {
    let mut out = Map::new();
    for member in spec.objects[name].members() {
        out.insert(member.wire().to_owned(), value(spec, member));
    }
    Value::Object(out)
}

fn value(spec: &Spec, member: &Member) -> Value {
    let (example, item) = (member.example(), member.item());
    if !member.is_list() {
        return single(spec, item, example);
    }
    match serde_json::from_str::<Value>(example) {
        Ok(Value::Array(items)) if !spec.objects.contains_key(item) => Value::Array(
            items
                .iter()
                .map(|v| scalar(item, v.as_str().map_or_else(|| v.to_string(), str::to_owned).trim()))
                .collect(),
        ),
        _ => json!([single(spec, item, example)]),
    }
}

fn single(spec: &Spec, item: &str, example: &str) -> Value {
    if spec.objects.contains_key(item) {
        return object(spec, item);
    }
    scalar(item, example)
}

fn scalar(item: &str, example: &str) -> Value {
    match item {
        "int64" | "uint64" => json!(example.parse::<u64>().unwrap_or(7)),
        "float" => serde_json::from_str(example).ok().filter(Value::is_number).unwrap_or(json!(12.5)),
        "bool" => json!(example != "false"),
        _ if example.is_empty() => json!("text"),
        _ => json!(example),
    }
}
