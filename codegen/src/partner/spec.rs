//! The partner API's description, `spec/intlpartnersmgt-2022-09-28.json`: a format of its own
//! (the emulator and the facade's tests read it too), older than the catalogue's
//! ([`crate::spec`]).

use std::collections::BTreeMap;

use serde::Deserialize;

/// One API version: its actions and every object they use.
#[derive(Deserialize)]
pub(crate) struct Spec {
    /// The service, as in its endpoint.
    pub service: String,
    /// The API version.
    pub version: String,
    /// Every action by name (the file lists them in order of name, as this map keeps them).
    pub actions: BTreeMap<String, serde_json::Value>,
    /// Every object by name: `<Action>Request`, `<Action>Response` and what they hold.
    pub objects: BTreeMap<String, Object>,
}

/// An object and its members.
#[derive(Deserialize)]
pub(crate) struct Object {
    /// `both` for an object sent in requests too, `out` for one only answered.
    pub usage: Option<String>,
    /// Its members, in order.
    pub members: Vec<Member>,
}

/// A member of an object.
#[derive(Deserialize)]
pub(crate) struct Member {
    /// Its API name.
    pub name: String,
    /// `string`, `int`, `float`, `bool`, `list` or `object`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The type of the value, or of each item of a list: a scalar or an object's name.
    pub member: String,
    /// Whether a request must hold it.
    #[serde(default)]
    pub required: bool,
    /// Whether it may be `null`.
    #[serde(default)]
    pub nullable: bool,
    /// Whether the service no longer reads or fills it.
    #[serde(default)]
    pub deprecated: bool,
    /// The documented example value.
    pub example: Option<String>,
}

impl Spec {
    /// Parses the spec's text.
    pub(crate) fn parse(text: &str) -> Result<Spec, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The object named `name`.
    pub(crate) fn object(&self, name: &str) -> &Object {
        self.objects.get(name).unwrap_or_else(|| panic!("the spec has no object {name}"))
    }

    /// Whether `name` is an object of the spec (else a scalar type).
    pub(crate) fn is_object(&self, name: &str) -> bool {
        self.objects.contains_key(name)
    }
}
