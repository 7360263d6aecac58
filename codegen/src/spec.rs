//! The facts of one API version, as tools/gen_catalogue.py writes them to `spec/<version>.json`.
//! The partner API's facts (`spec/intlpartnersmgt-2022-09-28.json` at the repository's root) are
//! in this format too, converted once from an older one (spec/README.md says how).
//!
//! A version found in both sites' packages may be written as their union: the head then says
//! which package each site's facts come from (`sites`), an action may list the sites that
//! have it, and a member may be on one site only or required on one site only. A spec that
//! says nothing of sites reads as before: every action and member on every site.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

/// One API version of one service.
#[derive(Debug, Deserialize)]
#[serde(from = "RawSpec")]
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
    /// Each site whose package has this version, with where its facts are; empty in a spec
    /// of one package (`source`).
    sites: BTreeMap<Site, Origin>,
    /// The sites of the actions whose spec states them.
    action_sites: BTreeMap<String, Sites>,
    /// The host of each action the official SDKs send to a host of its own.
    action_hosts: BTreeMap<String, String>,
}

/// The file as written: actions may carry a third element, their sites.
#[derive(Deserialize)]
struct RawSpec {
    service: String,
    version: String,
    source: String,
    cli_dir: String,
    #[serde(default)]
    sites: BTreeMap<Site, Origin>,
    actions: Vec<RawAction>,
    errors: Vec<String>,
    objects: BTreeMap<String, Object>,
}

/// `["Name", "status"]`, `["Name", "status", "im"]` or `["Name", "status", "im", "own.host"]`.
#[derive(Deserialize)]
struct RawAction(String, Status, #[serde(default)] Option<Sites>, #[serde(default)] Option<String>);

impl From<RawSpec> for Spec {
    fn from(raw: RawSpec) -> Spec {
        let action_sites =
            raw.actions.iter().filter_map(|RawAction(name, _, sites, _)| Some((name.clone(), (*sites)?))).collect();
        let action_hosts =
            raw.actions.iter().filter_map(|RawAction(name, _, _, host)| Some((name.clone(), host.clone()?))).collect();
        Spec {
            service: raw.service,
            version: raw.version,
            source: raw.source,
            cli_dir: raw.cli_dir,
            actions: raw.actions.into_iter().map(|RawAction(name, status, ..)| (name, status)).collect(),
            errors: raw.errors,
            objects: raw.objects,
            sites: raw.sites,
            action_sites,
            action_hosts,
        }
    }
}

/// Whether an action may still be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Callable.
    Online,
    /// Callable, but to be replaced.
    Deprecated,
    /// Taken offline: the SDKs still have it, the service may no longer answer it.
    Offline,
}

/// A site of Tencent Cloud, each with its own CLI package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Site {
    /// `<service>.intl.tencentcloudapi.com`; facts from `tccli-intl-en`.
    International,
    /// `<service>.tencentcloudapi.com`; facts from `tccli`.
    Mainland,
}

impl Site {
    /// `international` or `mainland`, as the derive's `site` and `required_on` take it.
    pub fn name(self) -> &'static str {
        match self {
            Site::International => "international",
            Site::Mainland => "mainland",
        }
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One or both sites, written as letters: `i` international, `m` mainland (`"im"`, `"i"`,
/// `"m"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Sites {
    international: bool,
    mainland: bool,
}

impl Sites {
    /// Whether `site` is one of them.
    pub fn contains(self, site: Site) -> bool {
        match site {
            Site::International => self.international,
            Site::Mainland => self.mainland,
        }
    }

    /// The site, when there is only one.
    pub fn only(self) -> Option<Site> {
        match (self.international, self.mainland) {
            (true, false) => Some(Site::International),
            (false, true) => Some(Site::Mainland),
            _ => None,
        }
    }
}

impl TryFrom<String> for Sites {
    type Error = String;

    fn try_from(letters: String) -> Result<Sites, String> {
        let sites = Sites { international: letters.contains('i'), mainland: letters.contains('m') };
        if letters.is_empty() || letters.chars().any(|c| c != 'i' && c != 'm') {
            return Err(format!("sites `{letters}`: expected `i`, `m` or `im`"));
        }
        Ok(sites)
    }
}

/// Where a site's facts come from: `["tccli==3.1.189.1", "cvm"]`.
#[derive(Debug, Deserialize)]
pub struct Origin(String, String);

impl Origin {
    /// The CLI package, `name==version`.
    pub fn package(&self) -> &str {
        &self.0
    }

    /// The service's directory in it.
    pub fn cli_dir(&self) -> &str {
        &self.1
    }
}

/// An object: where it is used (`in`, `out`, `both`, or empty for an action's own request and
/// response) and its members.
#[derive(Debug, Deserialize)]
pub struct Object(pub String, pub Vec<Member>);

/// A member: wire name, type, flags, example value, and, in a spec of both sites, the one
/// site that has it when the other lacks it.
///
/// Types are `string`, `int64`, `uint64`, `float`, `bool`, `date`, `datetime`,
/// `datetime_iso`, an object's name, or a list of one of them in brackets: `[string]`.
/// Flags are letters: `r` required in requests on every site that has the member, `I` or `M`
/// required on the international or the mainland site only, `o` always in responses, `n` may
/// be null, `d` hidden in the official documentation (the CLI's `disabled`; the partner API
/// marks such members deprecated), `1` a list that a site sends as a single value
/// (tools/site_union.py).
#[derive(Debug, Deserialize)]
pub struct Member(pub String, pub String, pub String, pub String, #[serde(default)] pub Option<Sites>);

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

    /// A list that a site sends as a single value: flag `1`.
    pub fn one_or_many(&self) -> bool {
        self.is_list() && self.2.contains('1')
    }

    /// Required in a request wherever its object is sent: flag `r`, on a member every site has.
    pub fn required(&self) -> bool {
        self.2.contains('r') && self.4.is_none()
    }

    /// The one site that requires it in requests while another site that has its object does
    /// not: flag `I` or `M`, or `r` on a member of one site only.
    pub fn required_on(&self) -> Option<Site> {
        match (self.2.contains('I'), self.2.contains('M')) {
            (true, false) => Some(Site::International),
            (false, true) => Some(Site::Mainland),
            _ => self.4.and_then(Sites::only).filter(|_| self.2.contains('r')),
        }
    }

    /// The one site that has it, when the other site's object lacks it; `None` when every
    /// site that has its object has it.
    pub fn only_on(&self) -> Option<Site> {
        self.4.and_then(Sites::only)
    }

    /// Every answer has it, by the API description (flag `o`).
    pub fn always(&self) -> bool {
        self.2.contains('o')
    }

    /// May be `null`.
    pub fn nullable(&self) -> bool {
        self.2.contains('n')
    }

    /// Marked `disabled` in the API description, which the official documentation then
    /// hides (flag `d`); the partner API's generator marks such members `#[deprecated]`.
    pub fn disabled(&self) -> bool {
        self.2.contains('d')
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

    /// Each site whose package has this version, with where its facts are, in a spec of both
    /// sites; empty in a spec of one package (`source` and `cli_dir`).
    pub fn sites(&self) -> &BTreeMap<Site, Origin> {
        &self.sites
    }

    /// The sites that have `action`, when the spec states them.
    pub fn action_sites(&self, action: &str) -> Option<Sites> {
        self.action_sites.get(action).copied()
    }

    /// The host the official SDKs send `action` to, when it is not `<service>.<root domain>`.
    pub fn action_host(&self, action: &str) -> Option<&str> {
        self.action_hosts.get(action).map(String::as_str)
    }

    /// The one site that has `action`, when the spec says only one does.
    pub fn action_only_on(&self, action: &str) -> Option<Site> {
        self.action_sites(action).and_then(Sites::only)
    }
}

#[cfg(test)]
mod tests {
    use super::{Site, Spec};

    const HEAD: &str = r#""service": "cvm", "version": "2017-03-12", "source": "tccli-intl-en==3.1.193.1",
        "cli_dir": "cvm", "errors": []"#;

    fn spec(rest: &str) -> serde_json::Result<Spec> {
        Spec::parse(&format!("{{{HEAD}, {rest}}}"))
    }

    #[test]
    fn a_spec_of_one_package_reads_as_every_site() {
        let spec = spec(
            r#""actions": [["RunInstances", "online"]],
            "objects": {"RunInstancesRequest": ["", [["Zone", "string", "r", "ap-1"], ["Name", "string", "", ""]]]}"#,
        )
        .unwrap();
        assert!(spec.sites().is_empty());
        assert_eq!(spec.action_sites("RunInstances"), None);
        let members = spec.objects["RunInstancesRequest"].members();
        assert!(members[0].required() && !members[1].required());
        assert_eq!(members.iter().map(|m| (m.required_on(), m.only_on())).collect::<Vec<_>>(), [(None, None); 2]);
    }

    #[test]
    fn a_spec_of_both_sites_names_each_sites_package_and_the_actions_sites() {
        let spec = spec(
            r#""sites": {"international": ["tccli-intl-en==3.1.193.1", "cvm"], "mainland": ["tccli==3.1.189.1", "cvm2"]},
            "actions": [["A", "online", "im", "a.ai.tencentcloudapi.com"], ["B", "deprecated", "m"], ["C", "offline", "i"],
                ["D", "online"]],
            "objects": {}"#,
        )
        .unwrap();
        let origins: Vec<(Site, &str, &str)> =
            spec.sites().iter().map(|(site, origin)| (*site, origin.package(), origin.cli_dir())).collect();
        assert_eq!(
            origins,
            [(Site::International, "tccli-intl-en==3.1.193.1", "cvm"), (Site::Mainland, "tccli==3.1.189.1", "cvm2")]
        );
        // The actions keep their two-element shape for the code that reads them so.
        assert_eq!(spec.actions.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>(), ["A", "B", "C", "D"]);
        let both = spec.action_sites("A").unwrap();
        assert!(both.contains(Site::International) && both.contains(Site::Mainland) && both.only().is_none());
        assert_eq!(spec.action_only_on("B"), Some(Site::Mainland));
        assert_eq!(spec.action_only_on("C"), Some(Site::International));
        assert_eq!((spec.action_sites("D"), spec.action_only_on("A")), (None, None));
        assert_eq!((spec.action_host("A"), spec.action_host("B")), (Some("a.ai.tencentcloudapi.com"), None));
        assert_eq!(spec.actions[2].1, super::Status::Offline);
    }

    #[test]
    fn members_may_be_required_or_present_on_one_site_only() {
        let spec = spec(
            r#""actions": [["A", "online", "im"]],
            "objects": {"ARequest": ["", [
                ["Everywhere", "string", "r", ""],
                ["OnMainland", "string", "M", ""],
                ["OnInternational", "[int64]", "In", "[1]"],
                ["MainlandOnly", "string", "", "", "m"],
                ["RequiredWhereItIs", "string", "r", "", "i"]
            ]]}"#,
        )
        .unwrap();
        let facts: Vec<(&str, bool, Option<Site>, Option<Site>)> = spec.objects["ARequest"]
            .members()
            .iter()
            .map(|m| (m.wire(), m.required(), m.required_on(), m.only_on()))
            .collect();
        assert_eq!(
            facts,
            [
                ("Everywhere", true, None, None),
                ("OnMainland", false, Some(Site::Mainland), None),
                ("OnInternational", false, Some(Site::International), None),
                ("MainlandOnly", false, None, Some(Site::Mainland)),
                ("RequiredWhereItIs", false, Some(Site::International), Some(Site::International)),
            ]
        );
        assert!(spec.objects["ARequest"].members()[2].nullable());
    }

    #[test]
    fn flag_d_marks_a_disabled_member() {
        let spec = spec(
            r#""actions": [["A", "online"]],
            "objects": {"AResponse": ["", [["Old", "int64", "od", "0"], ["New", "int64", "o", "0"]]]}"#,
        )
        .unwrap();
        let members = spec.objects["AResponse"].members();
        assert_eq!(
            members.iter().map(|m| (m.disabled(), m.always())).collect::<Vec<_>>(),
            [(true, true), (false, true)]
        );
    }

    #[test]
    fn sites_other_than_i_and_m_are_refused() {
        for bad in [r#"["A", "online", ""]"#, r#"["A", "online", "x"]"#, r#"["A", "online", "iM"]"#] {
            let error = spec(&format!(r#""actions": [{bad}], "objects": {{}}"#)).unwrap_err();
            assert!(error.to_string().contains("expected `i`, `m` or `im`"), "{bad}: {error}");
        }
        let member = r#""actions": [], "objects": {"X": ["in", [["A", "string", "", "", "b"]]]}"#;
        assert!(spec(member).is_err());
        let site = r#""sites": {"moon": ["p==1", "x"]}, "actions": [], "objects": {}"#;
        assert!(spec(site).is_err());
    }
}
