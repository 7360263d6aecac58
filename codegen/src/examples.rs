//! The test side: every documented example of a service, read from the pinned CLI package
//! of each site that has the service, installed in the test venv (never copied into the
//! repository), tried on the typed code, which is one for both sites.
//!
//! An example's request body must deserialize into the typed request and serialize back to
//! the same members (a value may change spelling, `"1"` to `1`, as lenient decoding allows);
//! its response must decode into the typed response. Examples whose text is not JSON are
//! counted, not tried.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::spec::Site;

/// Where a service's examples are: in a site's CLI package (`tccli-intl-en==3.1.193.1`),
/// under `tccli/services/<cli_dir>`.
#[derive(Debug)]
pub struct Source {
    /// The service, as it signs: `as`.
    pub service: &'static str,
    /// The site whose package it is.
    pub site: Site,
    /// Its directory in the package: `autoscaling`.
    pub cli_dir: &'static str,
    /// The pinned package, `name==version`.
    pub package: &'static str,
}

/// One documented example, as JSON where its text is JSON.
#[derive(Debug)]
pub struct Example {
    /// The request body.
    pub request: Option<Value>,
    /// The answer's `Response` object.
    pub response: Option<Value>,
}

/// What trying an example found.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Both sides decode, and the request round-trips.
    Decoded,
    /// The request or the answer is not JSON (the documentation abbreviates some).
    NotJson,
    /// The request did not decode.
    Request(String),
    /// The request decoded but serialized to other members.
    RoundTrip(String),
    /// The answer did not decode.
    Response(String),
}

impl Example {
    /// Tries the example on request type `A` and response type `R`.
    pub fn try_action<A: Serialize + DeserializeOwned, R: DeserializeOwned>(&self) -> Outcome {
        let (Some(request), Some(response)) = (&self.request, &self.response) else { return Outcome::NotJson };
        let typed: A = match decode(request) {
            Ok(typed) => typed,
            Err(why) => return Outcome::Request(why),
        };
        let back = serde_json::to_value(&typed).expect("a typed request serializes");
        if let Err(at) = same(request, &back, String::new()) {
            return Outcome::RoundTrip(at);
        }
        match decode::<R>(response) {
            Ok(_) => Outcome::Decoded,
            Err(why) => Outcome::Response(why),
        }
    }
}

/// Decodes `value`, or says why not and on which line of it, pretty-printed, so the member
/// at fault is named.
fn decode<T: DeserializeOwned>(value: &Value) -> Result<T, String> {
    let text = serde_json::to_string_pretty(value).expect("a JSON value prints");
    serde_json::from_str(&text).map_err(|e| {
        let line = text.lines().nth(e.line().saturating_sub(1)).unwrap_or_default().trim();
        format!("{e}, at `{line}`")
    })
}

/// Whether `back` holds the members of `sent`, each value the same up to its spelling.
fn same(sent: &Value, back: &Value, at: String) -> Result<(), String> {
    match (sent, back) {
        (Value::Object(sent), Value::Object(back)) => {
            for (key, value) in sent {
                let path = format!("{at}.{key}");
                match back.get(key) {
                    Some(got) => same(value, got, path)?,
                    None if value.is_null() => {}
                    None => return Err(format!("{path} was dropped")),
                }
            }
            match back.keys().find(|key| !sent.contains_key(*key)) {
                Some(extra) => Err(format!("{at}.{extra} was added")),
                None => Ok(()),
            }
        }
        (Value::Array(sent), Value::Array(back)) if sent.len() == back.len() => {
            sent.iter().zip(back).enumerate().try_for_each(|(i, (s, b))| same(s, b, format!("{at}[{i}]")))
        }
        (sent, back) if spelled(sent).is_some() && spelled(sent) == spelled(back) => Ok(()),
        (sent, back) => Err(format!("{at}: {sent} came back as {back}")),
    }
}

/// A scalar's value whatever its JSON spelling: `"1"`, `1` and `1.0` agree, as do `true`,
/// `"true"` and `"True"`.
fn spelled(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(_) | Value::Bool(_) => value.to_string(),
        _ => return None,
    };
    Some(match text.parse::<f64>() {
        Ok(number) => number.to_string(),
        Err(_) if text.eq_ignore_ascii_case("true") || text.eq_ignore_ascii_case("false") => text.to_ascii_lowercase(),
        Err(_) => text,
    })
}

/// A service's generated dispatch: tries the example of `(version, action)` on its typed
/// request and response, `None` when the service has no such action.
pub type TryExample = fn(&str, &str, &Example) -> Option<Outcome>;

/// Tries every example of every service of `catalogue` with its dispatch, prints the counts
/// per service and site and each failure, and panics when an example that is JSON fails,
/// unless the calling crate's `contradicting-examples.txt` lists it (`<service> <version>
/// <Action> #<n>: why`, with ` (mainland)` after the number for an example of the mainland
/// package: an example that disagrees with its own spec), or when a listed example no longer
/// fails.
///
/// The international package is read in `$TC3_SITE_PACKAGES`, or in the `.venv` that
/// scripts/test.sh installs; the mainland one, whose modules have the same names, in
/// `$TC3_MAINLAND_PACKAGES`, or in `.venv/mainland`, where scripts/test.sh installs it apart.
pub fn run(catalogue: &[(Source, TryExample)]) {
    // A shard of the catalogue judges the listed examples of its own services only.
    let mut listed = contradicting();
    listed.retain(|name, _| catalogue.iter().any(|(source, _)| name.split(' ').next() == Some(source.service)));
    let mut tally = Tally { listed, ..Tally::default() };
    let mut dirs = BTreeMap::new();
    for (source, try_example) in catalogue {
        let dir = dirs.entry(source.site).or_insert_with(|| packages(source.site));
        let (package, version) = source.package.split_once("==").expect("package==version");
        let dist = dir.join(format!("{}-{version}.dist-info", package.replace('-', "_")));
        assert!(dist.is_dir(), "{} is not installed in {}: run scripts/test.sh", source.package, dir.display());
        try_service(dir, source, *try_example, &mut tally);
    }
    for (name, why) in std::mem::take(&mut tally.listed) {
        tally.failures.push(format!("{name}: listed as contradicting its spec ({why}) but not tried, or decoded"));
    }
    println!("{tally}");
    assert!(
        tally.failures.is_empty(),
        "{} of {} examples failed (listed above)",
        tally.failures.len(),
        tally.total(|_| true).tried
    );
}

fn try_service(packages: &Path, source: &Source, try_example: TryExample, tally: &mut Tally) {
    let service = source.service;
    let root = packages.join("tccli").join("services").join(source.cli_dir);
    // The international package's names are those the list has always had.
    let marker = match source.site {
        Site::International => "",
        Site::Mainland => " (mainland)",
    };
    let mut versions: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.join("examples.json").is_file())
        .collect();
    versions.sort();
    assert!(!versions.is_empty(), "no examples for {service} in {}", root.display());
    for dir in versions {
        let compact = dir.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_prefix('v')).unwrap_or_default();
        let version = format!("{}-{}-{}", &compact[..4], &compact[4..6], &compact[6..]);
        let text = std::fs::read_to_string(dir.join("examples.json")).expect("examples.json is readable");
        let file: Value = serde_json::from_str(&text).expect("examples.json is JSON");
        for (action, examples) in file["actions"].as_object().into_iter().flatten() {
            for (index, example) in examples.as_array().into_iter().flatten().enumerate() {
                let name = format!("{service} {version} {action} #{}{marker}", index + 1);
                let example = parse(example);
                match try_example(&version, action, &example) {
                    Some(outcome) => tally.add((service, source.site), name, outcome),
                    None => tally.failures.push(format!("{name}: no such action in the typed code")),
                }
            }
        }
    }
}

/// The examples the calling crate lists as contradicting their own spec, with why.
fn contradicting() -> BTreeMap<String, String> {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let path = manifest.join("contradicting-examples.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, why) = line.split_once(": ").unwrap_or_else(|| panic!("{}: `name: why` lines", path.display()));
            (name.to_owned(), why.to_owned())
        })
        .collect()
}

fn parse(example: &Value) -> Example {
    let input = example["input"].as_str().unwrap_or_default();
    // The request is an HTTP message: headers, a blank line, the body.
    let body = input.split_once("\n\n").map_or("", |(_, body)| body);
    let request = serde_json::from_str::<Value>(body).ok().filter(Value::is_object);
    let output = example["output"].as_str().unwrap_or_default();
    let response = serde_json::from_str::<Value>(output).ok().and_then(|v| v.get("Response").cloned());
    Example { request, response }
}

/// How many examples of a service were tried, were JSON on both sides, and decoded.
#[derive(Clone, Copy, Default)]
struct Counts {
    tried: usize,
    json: usize,
    decoded: usize,
}

#[derive(Default)]
struct Tally {
    /// By service, and the site whose package held the examples.
    per_service: BTreeMap<(&'static str, Site), Counts>,
    /// Listed as contradicting their spec, not yet seen failing.
    listed: BTreeMap<String, String>,
    /// Listed, and failing as expected.
    contradicting: Vec<String>,
    failures: Vec<String>,
}

impl Tally {
    fn add(&mut self, service: (&'static str, Site), name: String, outcome: Outcome) {
        let counts = self.per_service.entry(service).or_default();
        counts.tried += 1;
        if outcome != Outcome::NotJson {
            counts.json += 1;
        }
        if !matches!(outcome, Outcome::Decoded | Outcome::NotJson) {
            if let Some(why) = self.listed.remove(&name) {
                self.contradicting.push(format!("{name}: {why} ({outcome:?})"));
                return;
            }
        }
        match outcome {
            Outcome::Decoded => counts.decoded += 1,
            Outcome::NotJson => {}
            Outcome::Request(why) => self.failures.push(format!("{name}: request: {why}")),
            Outcome::RoundTrip(why) => self.failures.push(format!("{name}: round trip: {why}")),
            Outcome::Response(why) => self.failures.push(format!("{name}: response: {why}")),
        }
    }

    /// The counts of the services and sites `wanted` keeps, added up.
    fn total(&self, wanted: impl Fn(Site) -> bool) -> Counts {
        self.per_service.iter().filter(|((_, site), _)| wanted(*site)).fold(Counts::default(), |sum, (_, c)| Counts {
            tried: sum.tried + c.tried,
            json: sum.json + c.json,
            decoded: sum.decoded + c.decoded,
        })
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} examples tried, {} JSON on both sides, {} decoded", self.tried, self.json, self.decoded)
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for ((service, site), counts) in &self.per_service {
            writeln!(f, "{service}, {site} site: {counts}")?;
        }
        for site in [Site::International, Site::Mainland] {
            let services = self.per_service.keys().filter(|(_, s)| *s == site).count();
            writeln!(f, "{site} site, {services} services: {}", self.total(|s| s == site))?;
        }
        let services = self.per_service.keys().map(|(service, _)| service).collect::<BTreeSet<_>>().len();
        writeln!(
            f,
            "{services} services: {}, {} contradict their spec",
            self.total(|_| true),
            self.contradicting.len()
        )?;
        self.contradicting.iter().try_for_each(|example| writeln!(f, "contradicts its spec: {example}"))?;
        self.failures.iter().try_for_each(|failure| writeln!(f, "FAILED {failure}"))
    }
}

/// Where `site`'s CLI and SDK packages are installed: `$TC3_SITE_PACKAGES` or the `.venv`
/// above the calling crate (international), `$TC3_MAINLAND_PACKAGES` or `.venv/mainland`.
pub fn packages(site: Site) -> PathBuf {
    let (variable, find): (&str, fn(&Path) -> Option<PathBuf>) = match site {
        Site::International => ("TC3_SITE_PACKAGES", venv_site),
        Site::Mainland => {
            ("TC3_MAINLAND_PACKAGES", |dir| Some(dir.join(".venv").join("mainland")).filter(|d| d.is_dir()))
        }
    };
    if let Some(given) = std::env::var_os(variable) {
        return given.into();
    }
    let start = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    for dir in start.ancestors() {
        if let Some(found) = find(dir) {
            return found;
        }
    }
    panic!(
        "no .venv with the {site} site's pinned packages above {}: run scripts/test.sh, or set {variable}",
        start.display()
    )
}

fn venv_site(dir: &Path) -> Option<PathBuf> {
    let lib = dir.join(".venv").join("lib");
    std::fs::read_dir(lib).ok()?.flatten().map(|entry| entry.path().join("site-packages")).find(|p| p.is_dir())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::same;

    #[test]
    fn spelling_may_change_but_members_may_not() {
        let sent = json!({"Limit": "1", "On": "true", "Ids": ["a"], "Gone": null, "F": 1});
        assert_eq!(same(&sent, &json!({"Limit": 1, "On": true, "Ids": ["a"], "F": 1.0}), String::new()), Ok(()));
        assert!(same(&sent, &json!({"Limit": 1, "On": true, "Ids": ["a"]}), String::new()).unwrap_err().contains(".F"));
        let extra = json!({"Limit": 1, "On": true, "Ids": ["a"], "F": 1, "New": 2});
        assert_eq!(same(&sent, &extra, String::new()), Err(".New was added".to_owned()));
        assert!(same(&json!({"A": "x"}), &json!({"A": "y"}), String::new()).is_err());
        // Lists and objects are compared member by member, never as scalars.
        assert!(same(&json!({"L": [1, 2]}), &json!({"L": [1]}), String::new()).is_err());
        assert!(same(&json!({"L": [1]}), &json!({"L": {"X": 1}}), String::new()).is_err());
    }
}
