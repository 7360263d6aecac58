//! Wire bodies built from the spec's members and examples: every member present, each
//! value of its documented type.

use serde_json::{Map, Value, json};

const SPEC: &str = include_str!("../../spec/intlpartnersmgt-2022-09-28.json");

/// The spec, parsed.
pub(crate) fn spec() -> Value {
    serde_json::from_str(SPEC).expect("the spec is JSON")
}

/// Names of the 46 actions.
#[allow(dead_code)] // Not every test binary lists them.
pub(crate) fn actions() -> Vec<String> {
    spec()["actions"].as_object().expect("actions").keys().cloned().collect()
}

/// A body of object `name` with every member filled from its example.
pub(crate) fn body(name: &str) -> Value {
    let spec = spec();
    object(&spec["objects"], name)
}

fn object(objects: &Value, name: &str) -> Value {
    let mut out = Map::new();
    for member in objects[name]["members"].as_array().expect("members") {
        let key = member["name"].as_str().expect("name").to_owned();
        out.insert(key, value(objects, member));
    }
    Value::Object(out)
}

fn value(objects: &Value, member: &Value) -> Value {
    let example = member["example"].as_str();
    let item = member["member"].as_str().expect("member");
    match member["type"].as_str().expect("type") {
        "list" => match example.and_then(|e| serde_json::from_str::<Value>(e).ok()) {
            Some(Value::Array(items)) if !objects[item].is_object() => Value::Array(
                items
                    .iter()
                    .map(|v| scalar(item, v.as_str().map_or_else(|| v.to_string(), str::to_owned).trim()))
                    .collect(),
            ),
            _ => json!([single(objects, item, example)]),
        },
        _ => single(objects, item, example),
    }
}

fn single(objects: &Value, item: &str, example: Option<&str>) -> Value {
    if objects[item].is_object() {
        return object(objects, item);
    }
    scalar(item, example.unwrap_or(""))
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
