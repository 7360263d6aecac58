//! What a spec of both sites adds to the code: an action of one site is refused on the other
//! (`site = ".."`), and a member required on one site only is an `Option` checked before
//! signing on that site (`required_on = ".."`), through the objects that hold it (`nested`).
//!
//! Requirements are checked where the spec's `r` is a plain field: in an action's request and
//! in objects only sent. An object also read from answers has every member optional, so a
//! requirement on one site is not checked there either.

use std::collections::BTreeSet;

use crate::spec::{Member, Object, Site, Spec};

/// Whether `name` is built by users and sent: an action's request, or an object only sent.
pub(super) fn is_sent(spec: &Spec, name: &str, object: &Object) -> bool {
    object.usage() == "in"
        || name.strip_suffix("Request").is_some_and(|action| spec.actions.iter().any(|(a, _)| a == action))
}

/// The objects sent in requests that check a requirement of one site: a member of theirs has
/// one, or holds an object that does.
pub(super) fn checked(spec: &Spec) -> BTreeSet<String> {
    let sent: Vec<(&String, &Object)> =
        spec.objects.iter().filter(|(name, object)| is_sent(spec, name, object)).collect();
    let mut out = BTreeSet::new();
    loop {
        let before = out.len();
        for (name, object) in &sent {
            if !out.contains(*name) && object.members().iter().any(|m| checks_site(m, &out)) {
                out.insert((*name).clone());
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// Whether a member of a sent object is checked on one site, itself or in the object it holds.
fn checks_site(member: &Member, checked: &BTreeSet<String>) -> bool {
    (member.required_on().is_some() && !member.required()) || checked.contains(member.item())
}

/// The doc line of an action only one site has.
pub(super) fn action_line(site: Site) -> String {
    format!("Only on the {site} site.")
}

/// What a member's doc says of sites, if anything: the one site that has it, and the one site
/// that requires it when it is sent (`sent`).
pub(super) fn member_line(member: &Member, sent: bool) -> Option<String> {
    let required = member.required_on().filter(|_| sent && !member.required());
    match (member.only_on(), required) {
        (Some(only), Some(on)) if only == on => Some(format!("Only on the {only} site, and required there.")),
        (Some(only), Some(on)) => Some(format!("Only on the {only} site. Required on the {on} site.")),
        (Some(only), None) => Some(format!("Only on the {only} site.")),
        (None, Some(on)) => Some(format!("Required on the {on} site.")),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::checked;
    use crate::spec::Spec;

    /// The generated lines of `item` (`pub struct X {`, up to its closing brace), with the
    /// doc and attribute lines before it.
    fn item<'a>(code: &'a str, item: &str) -> Vec<&'a str> {
        let lines: Vec<&str> = code.lines().collect();
        let at = lines.iter().position(|line| *line == item).unwrap_or_else(|| panic!("no `{item}` in\n{code}"));
        let start = lines[..at].iter().rposition(|line| line.is_empty()).map_or(0, |blank| blank + 1);
        let end = at + lines[at..].iter().position(|line| *line == "}").expect("a closing brace");
        lines[start..=end].to_vec()
    }

    #[test]
    fn actions_and_members_of_one_site_say_so_in_attributes_and_docs() {
        let spec = Spec::parse(
            // A version of cvm with none of the reviewed waiters, whose actions this spec lacks.
            r#"{"service": "cvm", "version": "2017-03-11", "source": "tccli-intl-en==3.1.193.1", "cli_dir": "cvm",
            "sites": {"international": ["tccli-intl-en==3.1.193.1", "cvm"], "mainland": ["tccli==3.1.189.1", "cvm"]},
            "errors": [], "actions": [["RunA", "online", "m"], ["RunB", "online", "im"], ["RunC", "online", "i"]],
            "objects": {
                "RunARequest": ["", [["Zone", "string", "r", "ap-1"]]], "RunAResponse": ["", []],
                "RunBRequest": ["", [
                    ["Zone", "string", "r", ""],
                    ["Project", "int64", "M", "1"],
                    ["Tag", "string", "", "", "i"],
                    ["Placement", "Placement", "", ""]
                ]],
                "RunBResponse": ["", [["Extra", "string", "", "", "m"], ["RequestId", "string", "o", ""]]],
                "RunCRequest": ["", []], "RunCResponse": ["", []],
                "Placement": ["in", [["HostId", "string", "I", ""], ["Owner", "string", "r", "", "m"]]]
            }}"#,
        )
        .unwrap();
        let code = crate::emit::version(&spec);
        let run_a = item(&code, "pub struct RunA {");
        assert!(run_a.contains(&"/// Only on the mainland site."), "{run_a:#?}");
        assert!(run_a.iter().any(|l| l.contains("https://console.cloud.tencent.com/api/explorer?Product=cvm")));
        assert!(run_a.contains(
            &r#"#[tc3(crate = "::tc3_runtime", service = "cvm", version = "2017-03-11", site = "mainland", lenient)]"#
        ));
        // Required wherever the action is: a plain field.
        assert!(run_a.contains(&"    pub zone: String,"));
        let run_c = item(&code, "pub struct RunC {");
        assert!(run_c.iter().any(|l| l.contains(r#"site = "international""#)));
        assert!(run_c.iter().any(|l| l.contains("https://console.tencentcloud.com/api/explorer")));
        let run_b = item(&code, "pub struct RunB {");
        let (head, fields) = run_b.split_at(run_b.iter().position(|l| l.starts_with("pub struct")).unwrap());
        assert!(!head.iter().any(|l| l.contains("site =") || l.contains("Only on the")), "{head:#?}");
        assert_eq!(
            fields,
            [
                "pub struct RunB {",
                "    /// Required.",
                "    pub zone: String,",
                "    /// Required on the mainland site. Example: `1`.",
                r#"    #[tc3(required_on = "mainland")]"#,
                "    pub project: Option<i64>,",
                "    /// Optional. Only on the international site.",
                "    pub tag: Option<String>,",
                "    /// Optional.",
                "    #[tc3(nested)]",
                "    pub placement: Option<Placement>,",
                "}",
            ]
        );
        let placement = item(&code, "pub struct Placement {");
        let fields = &placement[placement.iter().position(|l| l.starts_with("pub struct")).unwrap()..];
        assert_eq!(
            fields,
            [
                "pub struct Placement {",
                "    /// Required on the international site.",
                r#"    #[tc3(required_on = "international")]"#,
                "    pub host_id: Option<String>,",
                "    /// Only on the mainland site, and required there.",
                r#"    #[tc3(required_on = "mainland")]"#,
                "    pub owner: Option<String>,",
                "}",
            ]
        );
        // Answers are read whatever they hold: a member of one site is documented, not checked.
        let answer = item(&code, "pub struct RunBResponse {");
        assert!(answer.contains(&"    /// Not always in answers. Only on the mainland site."), "{answer:#?}");
        assert!(!answer.iter().any(|l| l.contains("required_on")));
    }

    #[test]
    fn objects_holding_a_requirement_of_one_site_are_checked_up_to_the_request() {
        let spec = Spec::parse(
            r#"{"service": "x", "version": "2020-01-01", "source": "p==1", "cli_dir": "x", "errors": [],
            "actions": [["Run", "online", "im"], ["Plain", "online"]],
            "objects": {
                "RunRequest": ["", [["Spec", "Outer", "", ""]]], "RunResponse": ["", []],
                "PlainRequest": ["", [["Shared", "Shared", "", ""]]], "PlainResponse": ["", []],
                "Outer": ["in", [["Inner", "[Inner]", "", ""]]],
                "Inner": ["in", [["Zone", "string", "M", ""]]],
                "Shared": ["both", [["Zone", "string", "M", ""]]],
                "Loop": ["in", [["Next", "Loop", "", ""]]]
            }}"#,
        )
        .unwrap();
        let checked: Vec<String> = checked(&spec).into_iter().collect();
        assert_eq!(checked, ["Inner", "Outer", "RunRequest"]);
    }
}
