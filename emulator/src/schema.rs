//! The API description (`spec/intlpartnersmgt-2022-09-28.json`, every action, field, type
//! and required flag) and the checks the gateway makes before an action runs: unknown and
//! missing parameters, and types — read leniently, as the real service does, so numbers
//! sent as digit strings are accepted and normalized.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::envelope::ApiError;

/// The service name, as in the credential scope and the endpoint.
pub const SERVICE: &str = "intlpartnersmgt";
/// The one version the emulator serves.
pub const VERSION: &str = "2022-09-28";

#[derive(Debug, Deserialize)]
pub(crate) struct Spec {
    pub(crate) actions: HashMap<String, ActionSpec>,
    pub(crate) objects: HashMap<String, ObjectSpec>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ActionSpec {
    pub(crate) input: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ObjectSpec {
    pub(crate) members: Vec<Member>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Member {
    pub(crate) name: String,
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) member: String,
    #[serde(default)]
    pub(crate) required: bool,
    #[serde(default)]
    pub(crate) example: Option<String>,
}

/// The parsed API description, loaded once.
pub(crate) fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        // The workspace's one copy, which the facade's code is generated from too; a parse
        // failure is a build defect caught by every test.
        serde_json::from_str(include_str!("../../spec/intlpartnersmgt-2022-09-28.json"))
            .expect("embedded API description")
    })
}

/// Checks `params` against the input of `action` and normalizes lenient values in place.
pub(crate) fn check_input(action: &str, params: &mut Value) -> Result<(), ApiError> {
    check(spec(), action, params)
}

/// [`check_input`] against another service's description (`action` must be in it).
pub(crate) fn check(spec: &Spec, action: &str, params: &mut Value) -> Result<(), ApiError> {
    let input = &spec.actions[action].input;
    let Value::Object(map) = params else {
        return Err(ApiError::new("InvalidParameter", "The request body must be a JSON object."));
    };
    check_object(spec, input, map, "")
}

fn check_object(spec: &Spec, object: &str, map: &mut Map<String, Value>, prefix: &str) -> Result<(), ApiError> {
    let members = &spec.objects[object].members;
    if let Some(unknown) = map.keys().find(|k| !members.iter().any(|m| &m.name == *k)) {
        return Err(ApiError::new(
            "UnknownParameter",
            format!("The parameter `{prefix}{unknown}` is not recognized by this action."),
        ));
    }
    for member in members {
        let path = format!("{prefix}{}", member.name);
        match map.get_mut(&member.name) {
            None | Some(Value::Null) if member.required => {
                return Err(ApiError::new(
                    "MissingParameter",
                    format!("The request is missing the parameter `{path}`."),
                ));
            }
            None | Some(Value::Null) => {}
            Some(value) if member.kind == "list" => {
                let Value::Array(items) = value else {
                    return Err(invalid(&path, "a list"));
                };
                for (i, item) in items.iter_mut().enumerate() {
                    check_value(spec, &member.member, item, &format!("{path}.{i}"))?;
                }
            }
            Some(value) => check_value(spec, &member.member, value, &path)?,
        }
    }
    Ok(())
}

fn check_value(spec: &Spec, kind: &str, value: &mut Value, path: &str) -> Result<(), ApiError> {
    match kind {
        "string" | "date" | "datetime" | "datetime_iso" => match value {
            Value::String(_) => Ok(()),
            // The gateway reads scalars leniently; a number where a string is expected is kept as text.
            Value::Number(n) => {
                *value = Value::String(n.to_string());
                Ok(())
            }
            _ => Err(invalid(path, "a string")),
        },
        "int64" | "uint64" | "int" => {
            let n = match value {
                Value::Number(n) => n.as_i64().or_else(|| n.as_u64().and_then(|u| i64::try_from(u).ok())),
                Value::String(s) => s.trim().parse::<i64>().ok(),
                _ => None,
            };
            let n = n.filter(|n| kind != "uint64" || *n >= 0).ok_or_else(|| invalid(path, "an integer"))?;
            *value = Value::from(n);
            Ok(())
        }
        "float" | "double" => {
            let n = match value {
                Value::Number(n) => n.as_f64(),
                Value::String(s) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
                _ => None,
            };
            let n = n.ok_or_else(|| invalid(path, "a number"))?;
            if let Value::String(_) = value {
                *value = serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number);
            }
            Ok(())
        }
        "bool" => match value {
            Value::Bool(_) => Ok(()),
            Value::String(s) if s == "true" || s == "false" => {
                *value = Value::Bool(s == "true");
                Ok(())
            }
            _ => Err(invalid(path, "a boolean")),
        },
        object if spec.objects.contains_key(object) => match value {
            Value::Object(map) => check_object(spec, object, map, &format!("{path}.")),
            _ => Err(invalid(path, "an object")),
        },
        _ => Ok(()),
    }
}

fn invalid(path: &str, expected: &str) -> ApiError {
    ApiError::new("InvalidParameter", format!("The parameter `{path}` must be {expected}."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn describes_all_46_actions() {
        assert_eq!(spec().actions.len(), 46);
    }

    #[test]
    fn digit_strings_become_numbers() {
        let mut params = json!({"Month": "2023-04", "PageSize": "10", "Page": 1});
        check_input("DescribeBillDetail", &mut params).unwrap();
        assert_eq!(params["PageSize"], 10);
    }

    #[test]
    fn names_missing_unknown_and_mistyped_parameters() {
        let code = |mut v: Value| check_input("DescribeBillDetail", &mut v).unwrap_err().code;
        assert_eq!(code(json!({"Month": "2023-04", "Page": 1})), "MissingParameter");
        assert_eq!(code(json!({"Month": "2023-04", "Page": 1, "PageSize": 1, "Color": 1})), "UnknownParameter");
        assert_eq!(code(json!({"Month": "2023-04", "Page": "one", "PageSize": 1})), "InvalidParameter");
        assert_eq!(code(json!([])), "InvalidParameter");
    }
}
