//! Every other service of the catalogue, answered from its facts (`services/*/spec/`,
//! embedded at build time): the gateway's checks with the real codes (`InvalidAction`,
//! `NoSuchVersion`, `MissingParameter`, `UnknownParameter`, `InvalidParameter`), then an
//! answer holding every member the response declares, with the spec's example values.
//! Nothing is remembered between calls; the partner API alone has a model with state.

mod example;
pub(crate) mod form;
pub(crate) mod upload;

use std::sync::OnceLock;

use serde_json::{Map, Value};
use tc3_codegen::spec::{Member, Site, Spec as Facts};

use crate::envelope::ApiError;
use crate::schema;

pub use example::request as example_request;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// One service version: its facts, which the gateway checks parameters against
/// ([`schema::check`]) and answers from.
pub(crate) struct Version {
    facts: Facts,
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
        Version { facts: Facts::parse(SPECS[index].2).expect("embedded catalogue facts") }
    }))
}

/// Every version of `service` that has `action` (on any site), for the scripts' checks.
pub(crate) fn versions_with(service: &str, action: &str) -> Vec<&'static Version> {
    let versions = SPECS.iter().filter(|(s, _, _)| *s == service).filter_map(|(_, v, _)| self::version(service, v));
    versions.filter(|v| v.has(action, None)).collect()
}

/// The gateway's checks of `action` of `service` and of `version` (the X-TC-Version header),
/// in the real service's order, on `site` when the call's host names one (on loopback,
/// `None`: every site's actions); on success, the version that answers the call.
pub(crate) fn check_call(
    service: &str,
    action: &str,
    version: Option<&str>,
    site: Option<Site>,
) -> Result<&'static Version, ApiError> {
    let known = |v: &&(&str, &str, &str)| v.0 == service;
    let has = |v: &Version| v.has(action, site);
    let in_any = SPECS.iter().filter(known).any(|(_, v, _)| self::version(service, v).is_some_and(has));
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
    if !found.has(action, site) {
        return Err(ApiError::new(
            "InvalidAction",
            format!("The action `{action}` does not exist in version {version} of {service}."),
        ));
    }
    Ok(found)
}

impl Version {
    /// Whether the version has `action` on `site` (on any site for `None`, or when the facts
    /// do not say).
    fn has(&self, action: &str, site: Option<Site>) -> bool {
        let on_site = match (site, self.facts.action_sites(action)) {
            (Some(site), Some(sites)) => sites.contains(site),
            _ => true,
        };
        on_site && self.facts.actions.iter().any(|(name, _)| name == action)
    }

    /// The wire names of the members of object `name` (`DescribeInstancesResponse`); none
    /// when the version has no such object.
    pub(crate) fn member_names(&self, name: &str) -> impl Iterator<Item = &str> {
        self.facts.objects.get(name).into_iter().flat_map(|object| object.members().iter().map(Member::wire))
    }

    /// Checks `params` for `action` on `site` (normalizing lenient values) and answers it.
    pub(crate) fn answer(
        &self,
        action: &str,
        site: Option<Site>,
        params: &mut Value,
    ) -> Result<Map<String, Value>, ApiError> {
        // Facts of one package (no `sites`) hold for every site alike.
        let site = site.filter(|_| !self.facts.sites().is_empty());
        schema::check(&self.facts, action, site, params)?;
        Ok(example::response(&self.facts, action))
    }
}
