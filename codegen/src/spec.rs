//! The facts of one API version, as tools/gen_catalogue.py writes them to `spec/<version>.json`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// One API version of one service.
#[derive(Debug, Deserialize)]
pub(crate) struct Spec {
    /// The service, as in its endpoint: `cvm`.
    pub(crate) service: String,
    /// The API version: `2017-03-12`.
    pub(crate) version: String,
    /// The package the facts come from: `tccli-intl-en==3.1.193.1`.
    pub(crate) source: String,
    /// The service's directory in it (`autoscaling` for `as`).
    pub(crate) cli_dir: String,
    /// Every action, by name, with its status.
    pub(crate) actions: Vec<(String, Status)>,
    /// The service's own error codes.
    pub(crate) errors: Vec<String>,
    /// Every object by its API name: an action's `<Action>Request` and `<Action>Response`,
    /// and the objects they hold.
    pub(crate) objects: BTreeMap<String, Object>,
}

/// Whether an action may still be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Status {
    /// Callable.
    Online,
    /// Callable, but to be replaced.
    Deprecated,
}

/// An object: where it is used (`in`, `out`, `both`, or empty for an action's own request and
/// response) and its members.
#[derive(Debug, Deserialize)]
pub(crate) struct Object(pub(crate) String, pub(crate) Vec<Member>);

/// A member: wire name, type, flags and example value.
///
/// Types are `string`, `int64`, `uint64`, `float`, `bool`, `date`, `datetime`,
/// `datetime_iso`, an object's name, or a list of one of them in brackets: `[string]`.
/// Flags are letters: `r` required in requests, `o` always in responses, `n` may be null,
/// `d` hidden in the official documentation.
#[derive(Debug, Deserialize)]
pub(crate) struct Member(pub(crate) String, pub(crate) String, pub(crate) String, pub(crate) String);

impl Object {
    /// Where it is used: `in`, `out`, `both`, or `""`.
    pub(crate) fn usage(&self) -> &str {
        &self.0
    }

    /// Its members, in the API's order.
    pub(crate) fn members(&self) -> &[Member] {
        &self.1
    }
}

impl Member {
    /// The wire name: `InstanceIds`.
    pub(crate) fn wire(&self) -> &str {
        &self.0
    }

    /// The type of a single value: `string` for `[string]`.
    pub(crate) fn item(&self) -> &str {
        self.1.trim_start_matches('[').trim_end_matches(']')
    }

    /// Whether it is a list.
    pub(crate) fn is_list(&self) -> bool {
        self.1.starts_with('[')
    }

    /// Required in a request.
    pub(crate) fn required(&self) -> bool {
        self.2.contains('r')
    }

    /// Always in answers.
    pub(crate) fn always(&self) -> bool {
        self.2.contains('o')
    }

    /// May be `null`.
    pub(crate) fn nullable(&self) -> bool {
        self.2.contains('n')
    }

    /// The documented example value, or `""`.
    pub(crate) fn example(&self) -> &str {
        &self.3
    }
}

impl Spec {
    /// Reads the facts from their JSON text.
    pub(crate) fn parse(text: &str) -> serde_json::Result<Spec> {
        serde_json::from_str(text)
    }

    /// `v20170312`: the module of this version.
    pub(crate) fn module(&self) -> String {
        format!("v{}", self.version.replace('-', ""))
    }
}
