//! The checks the gateway makes before an action runs, against a service version's facts
//! (`tc3_codegen::spec::Spec`, the one format of the partner API's spec and the catalogue's):
//! unknown and missing parameters, and types — read leniently, as the real service does, so
//! numbers sent as digit strings are accepted and normalized. A call whose site is known is
//! checked against that site's members and requirements.

use std::sync::OnceLock;

use serde_json::{Map, Value};
use tc3_codegen::spec::{Member, Site, Spec};

use crate::envelope::ApiError;

/// The service name, as in the credential scope and the endpoint.
pub const SERVICE: &str = "intlpartnersmgt";
/// The one version the emulator serves.
pub const VERSION: &str = "2022-09-28";

/// The partner API's facts (`spec/intlpartnersmgt-2022-09-28.json`), parsed once.
pub(crate) fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        // The workspace's one copy, which the facade's code is generated from too; a parse
        // failure is a build defect caught by every test.
        Spec::parse(include_str!("../../spec/intlpartnersmgt-2022-09-28.json")).expect("embedded API description")
    })
}

/// Whether the partner API has `action`.
pub(crate) fn has_action(action: &str) -> bool {
    spec().actions.iter().any(|(name, _)| name == action)
}

/// Checks `params` against the input of the partner API's `action` and normalizes lenient
/// values in place.
pub(crate) fn check_input(action: &str, params: &mut Value) -> Result<(), ApiError> {
    check(spec(), action, None, params)
}

/// [`check_input`] against any service's facts (`action` must be in them), on `site` (`None`:
/// a call whose site is not known, which takes every site's members and requires what every
/// site requires).
pub(crate) fn check(spec: &Spec, action: &str, site: Option<Site>, params: &mut Value) -> Result<(), ApiError> {
    let Value::Object(map) = params else {
        return Err(ApiError::new("InvalidParameter", "The request body must be a JSON object."));
    };
    Checker { spec, site }.object(&format!("{action}Request"), map, "")
}

/// One call's checks: the facts, and the site the call is for.
struct Checker<'a> {
    spec: &'a Spec,
    site: Option<Site>,
}

impl Checker<'_> {
    /// Whether `member` is sent to the call's site: a member of one site only is not sent
    /// to the other.
    fn has(&self, member: &Member) -> bool {
        self.site.is_none() || member.only_on().is_none() || member.only_on() == self.site
    }

    /// Whether `member` is required of the call: everywhere it is, and on the site that alone
    /// requires it.
    fn requires(&self, member: &Member) -> bool {
        member.required() || (self.site.is_some() && member.required_on() == self.site)
    }

    fn object(&self, object: &str, map: &mut Map<String, Value>, prefix: &str) -> Result<(), ApiError> {
        let members: Vec<&Member> = self.spec.objects[object].members().iter().filter(|m| self.has(m)).collect();
        if let Some(unknown) = map.keys().find(|k| !members.iter().any(|m| m.wire() == *k)) {
            return Err(ApiError::new(
                "UnknownParameter",
                format!("The parameter `{prefix}{unknown}` is not recognized by this action."),
            ));
        }
        for member in members {
            let path = format!("{prefix}{}", member.wire());
            match map.get_mut(member.wire()) {
                None | Some(Value::Null) if self.requires(member) => {
                    return Err(ApiError::new(
                        "MissingParameter",
                        format!("The request is missing the parameter `{path}`."),
                    ));
                }
                None | Some(Value::Null) => {}
                Some(value) if member.is_list() => {
                    let Value::Array(items) = value else {
                        return Err(invalid(&path, "a list"));
                    };
                    for (i, item) in items.iter_mut().enumerate() {
                        self.value(member.item(), item, &format!("{path}.{i}"))?;
                    }
                }
                Some(value) => self.value(member.item(), value, &path)?,
            }
        }
        Ok(())
    }

    fn value(&self, kind: &str, value: &mut Value, path: &str) -> Result<(), ApiError> {
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
            "int64" | "uint64" => {
                let n = match value {
                    Value::Number(n) => n.as_i64().or_else(|| n.as_u64().and_then(|u| i64::try_from(u).ok())),
                    Value::String(s) => s.trim().parse::<i64>().ok(),
                    _ => None,
                };
                let n = n.filter(|n| kind != "uint64" || *n >= 0).ok_or_else(|| invalid(path, "an integer"))?;
                *value = Value::from(n);
                Ok(())
            }
            "float" => {
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
            object if self.spec.objects.contains_key(object) => match value {
                Value::Object(map) => self.object(object, map, &format!("{path}.")),
                _ => Err(invalid(path, "an object")),
            },
            _ => Ok(()),
        }
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
        assert!(has_action("SendVerifyCode") && !has_action("SendVerifyCodes"));
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

    #[test]
    fn a_known_site_takes_its_own_members_and_requirements() {
        let spec = Spec::parse(
            r#"{"service": "s", "version": "2020-01-01", "source": "p==1", "cli_dir": "s", "errors": [],
            "sites": {"international": ["p==1", "s"], "mainland": ["q==1", "s"]},
            "actions": [["Go", "online", "im"]],
            "objects": {"GoRequest": ["", [["Zone", "string", "M", ""], ["Tag", "string", "", "", "i"]]]}}"#,
        )
        .unwrap();
        let code = |site: Option<Site>, mut v: Value| check(&spec, "Go", site, &mut v).err().map(|e| e.code);
        // Zone is required on the mainland only; Tag is an international member.
        assert_eq!(code(None, json!({"Tag": "t"})), None);
        assert_eq!(code(Some(Site::International), json!({"Tag": "t"})), None);
        assert_eq!(code(Some(Site::Mainland), json!({"Zone": "z", "Tag": "t"})).as_deref(), Some("UnknownParameter"));
        assert_eq!(code(Some(Site::Mainland), json!({})).as_deref(), Some("MissingParameter"));
    }
}
