//! Objects shaped from the API description, with the documented example values varied by
//! the seed: the fields of a bill line the emulator does not model (tags, components, ...).

use serde_json::{Map, Value};

use crate::random::hash;
use crate::schema::spec;

/// An instance of the object `name`, its fields filled from their examples.
pub(crate) fn example_object(name: &str, seed: u64, depth: u32) -> Map<String, Value> {
    let mut out = Map::new();
    let objects = &spec().objects;
    let Some(object) = objects.get(name) else { return out };
    for member in object.members() {
        let (wire, item, example) = (member.wire(), member.item(), member.example());
        if wire == "RequestId" {
            continue;
        }
        let value = match (member.is_list(), objects.contains_key(item)) {
            (true, true) => {
                if depth >= 3 {
                    Value::Array(Vec::new())
                } else {
                    let count = 1 + hash(seed, wire) % 3;
                    let items = (0..count)
                        .map(|i| Value::Object(example_object(item, hash(seed, &format!("{wire}{i}")), depth + 1)))
                        .collect();
                    Value::Array(items)
                }
            }
            (true, false) => match serde_json::from_str::<Value>(example) {
                Ok(Value::Array(items)) => Value::Array(items),
                _ if example.is_empty() => Value::Array(Vec::new()),
                _ => Value::Array(vec![scalar(item, example, seed)]),
            },
            (false, true) => Value::Object(example_object(item, hash(seed, wire), depth + 1)),
            (false, false) => scalar(item, example, seed),
        };
        out.insert(wire.to_owned(), value);
    }
    out
}

fn scalar(kind: &str, example: &str, seed: u64) -> Value {
    match kind {
        "int64" | "uint64" => example.trim().parse::<i64>().map_or(Value::from(seed % 100), Value::from),
        "float" => {
            let n = example.trim().parse::<f64>().unwrap_or((seed % 10_000) as f64 / 100.0);
            serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
        }
        "bool" => Value::Bool(example == "true"),
        _ => Value::String(example.to_owned()),
    }
}
