//! Every other service of the catalogue, answered from its facts (`services/*/spec/`,
//! embedded at build time): the gateway's checks with the real codes (`InvalidAction`,
//! `NoSuchVersion`, `MissingParameter`, `UnknownParameter`, `InvalidParameter`), then an
//! answer holding every member the response declares, with the spec's example values.
//! Nothing is remembered between calls; the partner API alone has a model with state.

mod example;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{Map, Value};
use tc3_codegen::spec::Spec as Facts;

use crate::envelope::ApiError;
use crate::schema;

pub use example::request as example_request;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// One service version: its facts, and the description the gateway checks parameters with.
pub(crate) struct Version {
    facts: Facts,
    schema: schema::Spec,
}

/// Whether the catalogue has `service`.
pub(crate) fn has_service(service: &str) -> bool {
    SPECS.iter().any(|(s, _, _)| *s == service)
}

/// The facts of `service` at `version` (`2017-03-12`), parsed on first use.
pub(crate) fn version(service: &str, version: &str) -> Option<&'static Version> {
    static PARSED: OnceLock<Vec<OnceLock<Version>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| SPECS.iter().map(|_| OnceLock::new()).collect());
    let index = SPECS.iter().position(|(s, v, _)| *s == service && *v == version)?;
    Some(parsed[index].get_or_init(|| {
        // Written by tools/gen_catalogue.py and parsed by every service crate's build: a
        // failure here is a build defect.
        let facts = Facts::parse(SPECS[index].2).expect("embedded catalogue facts");
        Version { schema: schema_of(&facts), facts }
    }))
}

/// The gateway's checks of `action` of `service` and of `version` (the X-TC-Version header),
/// in the real service's order; on success, the version that answers the call.
pub(crate) fn check_call(service: &str, action: &str, version: Option<&str>) -> Result<&'static Version, ApiError> {
    let known = |v: &&(&str, &str, &str)| v.0 == service;
    let in_any = SPECS.iter().filter(known).any(|(_, v, _)| self::version(service, v).is_some_and(|v| v.has(action)));
    if !in_any {
        return Err(ApiError::new("InvalidAction", format!("The action `{action}` does not exist in {service}.")));
    }
    let version = match version {
        None | Some("") => {
            return Err(ApiError::new("MissingParameter", "The request is missing the X-TC-Version header."));
        }
        Some(v) => v,
    };
    let found = self::version(service, version).ok_or_else(|| {
        ApiError::new("NoSuchVersion", format!("The version `{version}` of {service} does not exist."))
    })?;
    if !found.has(action) {
        return Err(ApiError::new(
            "InvalidAction",
            format!("The action `{action}` does not exist in version {version} of {service}."),
        ));
    }
    Ok(found)
}

impl Version {
    fn has(&self, action: &str) -> bool {
        self.facts.actions.iter().any(|(name, _)| name == action)
    }

    /// Checks `params` for `action` (normalizing lenient values) and answers it.
    pub(crate) fn answer(&self, action: &str, params: &mut Value) -> Result<Map<String, Value>, ApiError> {
        schema::check(&self.schema, action, params)?;
        Ok(example::response(&self.facts, action))
    }
}

/// The facts as the description the gateway checks parameters with.
fn schema_of(facts: &Facts) -> schema::Spec {
    let actions = facts
        .actions
        .iter()
        .map(|(name, _)| (name.clone(), schema::ActionSpec { input: format!("{name}Request") }))
        .collect();
    let objects: HashMap<String, schema::ObjectSpec> = facts
        .objects
        .iter()
        .map(|(name, object)| {
            let members = object
                .members()
                .iter()
                .map(|m| schema::Member {
                    name: m.wire().to_owned(),
                    kind: if m.is_list() { "list".to_owned() } else { m.item().to_owned() },
                    member: m.item().to_owned(),
                    required: m.required(),
                    example: None,
                })
                .collect();
            (name.clone(), schema::ObjectSpec { members })
        })
        .collect();
    schema::Spec { actions, objects }
}
