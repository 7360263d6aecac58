//! The facts of one API version, as tools/gen_catalogue.py writes them to `spec/<version>.json`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// One API version of one service.
#[derive(Debug, Deserialize)]
pub struct Spec {
    /// The service, as in its endpoint: `cvm`.
    pub service: String,
    /// The API version: `2017-03-12`.
    pub version: String,
    /// The package the facts come from: `tccli-intl-en==3.1.193.1`.
    pub source: String,
    /// The service's directory in it (`autoscaling` for `as`).
    pub cli_dir: String,
    /// Every action, by name, with its status.
    pub actions: Vec<(String, Status)>,
    /// The service's own error codes.
    pub errors: Vec<String>,
    /// Every object by its API name: an action's `<Action>Request` and `<Action>Response`,
    /// and the objects they hold.
    pub objects: BTreeMap<String, Object>,
}

/// Whether an action may still be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Callable.
    Online,
    /// Callable, but to be replaced.
    Deprecated,
}

/// An object: where it is used (`in`, `out`, `both`, or empty for an action's own request and
/// response) and its members.
#[derive(Debug, Deserialize)]
pub struct Object(pub String, pub Vec<Member>);

/// A member: wire name, type, flags and example value.
///
/// Types are `string`, `int64`, `uint64`, `float`, `bool`, `date`, `datetime`,
/// `datetime_iso`, an object's name, or a list of one of them in brackets: `[string]`.
/// Flags are letters: `r` required in requests, `o` always in responses, `n` may be null,
/// `d` hidden in the official documentation.
#[derive(Debug, Deserialize)]
pub struct Member(pub String, pub String, pub String, pub String);

impl Object {
    /// Where it is used: `in`, `out`, `both`, or `""`.
    pub fn usage(&self) -> &str {
        &self.0
    }

    /// Its members, in the API's order.
    pub fn members(&self) -> &[Member] {
        &self.1
    }
}

impl Member {
    /// The wire name: `InstanceIds`.
    pub fn wire(&self) -> &str {
        &self.0
    }

    /// The type of a single value: `string` for `[string]`.
    pub fn item(&self) -> &str {
        self.1.trim_start_matches('[').trim_end_matches(']')
    }

    /// Whether it is a list.
    pub fn is_list(&self) -> bool {
        self.1.starts_with('[')
    }

    /// Required in a request.
    pub fn required(&self) -> bool {
        self.2.contains('r')
    }

    /// Always in answers.
    pub fn always(&self) -> bool {
        self.2.contains('o')
    }

    /// May be `null`.
    pub fn nullable(&self) -> bool {
        self.2.contains('n')
    }

    /// The documented example value, or `""`.
    pub fn example(&self) -> &str {
        &self.3
    }
}

impl Spec {
    /// Reads the facts from their JSON text.
    pub fn parse(text: &str) -> serde_json::Result<Spec> {
        serde_json::from_str(text)
    }

    /// `v20170312`: the module of this version.
    pub fn module(&self) -> String {
        format!("v{}", self.version.replace('-', ""))
    }
}
