//! Objects shaped from the API description, with the documented example values varied by
//! the seed: the fields of a bill line the emulator does not model (tags, components, ...).

use serde_json::{Map, Value};

use crate::schema::spec;
use crate::state::random::hash;

/// An instance of the object `name`, its fields filled from their examples.
pub(crate) fn example_object(name: &str, seed: u64, depth: u32) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(object) = spec().objects.get(name) else { return out };
    for member in &object.members {
        if member.name == "RequestId" {
            continue;
        }
        let example = member.example.as_deref().unwrap_or_default();
        let value = match member.kind.as_str() {
            "list" if spec().objects.contains_key(&member.member) => {
                if depth >= 3 {
                    Value::Array(Vec::new())
                } else {
                    let count = 1 + hash(seed, &member.name) % 3;
                    let items = (0..count)
                        .map(|i| {
                            Value::Object(example_object(
                                &member.member,
                                hash(seed, &format!("{}{i}", member.name)),
                                depth + 1,
                            ))
                        })
                        .collect();
                    Value::Array(items)
                }
            }
            "list" => match serde_json::from_str::<Value>(example) {
                Ok(Value::Array(items)) => Value::Array(items),
                _ if example.is_empty() => Value::Array(Vec::new()),
                _ => Value::Array(vec![scalar(&member.member, example, seed)]),
            },
            "object" => Value::Object(example_object(&member.member, hash(seed, &member.name), depth + 1)),
            _ => scalar(&member.member, example, seed),
        };
        out.insert(member.name.clone(), value);
    }
    out
}

fn scalar(kind: &str, example: &str, seed: u64) -> Value {
    match kind {
        "int64" | "uint64" | "int" => example.trim().parse::<i64>().map_or(Value::from(seed % 100), Value::from),
        "float" | "double" => {
            let n = example.trim().parse::<f64>().unwrap_or((seed % 10_000) as f64 / 100.0);
            serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
        }
        "bool" => Value::Bool(example == "true"),
        _ => Value::String(example.to_owned()),
    }
}
