//! Rust names for API names: members in snake_case (keywords as raw identifiers), error codes
//! as variants.

use std::collections::BTreeSet;

use crate::spec::Member;

/// Words Rust reserves (edition 2024); a member named as one is written `r#word`.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
    "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
    "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; a member named as one gets a trailing `_`.
const NOT_RAW: &[&str] = &["crate", "self", "super", "Self"];

/// `InstanceIds` -> `instance_ids`, `VPCId` -> `vpc_id`, `Ipv6Address` -> `ipv6_address`.
pub(crate) fn snake(wire: &str) -> String {
    let chars: Vec<char> = wire.chars().collect();
    let mut out = String::with_capacity(wire.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let previous = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if previous.is_ascii_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        if c == '_' && out.ends_with('_') {
            continue;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The field name for a member: snake_case, `r#type` for a keyword, `self_` where no raw
/// identifier exists, `_1` style for a leading digit.
pub(crate) fn field(wire: &str) -> String {
    let name = snake(wire);
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

/// The field names of a struct's members, in order: [`field`], made unique (two wire names
/// may make one snake_case name: the second gets `_2`), and `build_` for `build`, the
/// builder's own method.
pub(crate) fn fields(members: &[Member]) -> Vec<String> {
    let mut taken = BTreeSet::new();
    members
        .iter()
        .map(|member| {
            let ident = field(member.wire());
            let mut candidate = if ident == "build" { "build_".to_owned() } else { ident.clone() };
            let mut n = 2;
            while !taken.insert(candidate.clone()) {
                candidate = format!("{ident}_{n}");
                n += 1;
            }
            candidate
        })
        .collect()
}

/// The wire name the derive gives a field by default: `phone_num` -> `PhoneNum`, the `r#`
/// dropped. A copy of tc3-macros' `case::pascal_case` (a proc-macro crate cannot export a
/// function, and a packaged crate cannot include another's file); the test
/// `the_default_wire_name_is_the_derives` runs both on the same names, so they cannot drift.
pub(crate) fn default_wire(field: &str) -> String {
    field
        .trim_start_matches("r#")
        .split('_')
        .flat_map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars))
        })
        .flatten()
        .collect()
}

/// The variant for an error code: `FailedOperation.NoSuchKey` -> `FailedOperationNoSuchKey`.
pub(crate) fn variant(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for part in code.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'E');
    }
    out
}

/// The derive's own case rule, compiled into the tests only (the package leaves it out).
#[cfg(test)]
#[path = "../../macros/src/case.rs"]
mod derive_case;

#[cfg(test)]
mod tests {
    use super::{default_wire, derive_case, field, snake, variant};

    #[test]
    fn members_become_snake_case() {
        assert_eq!(snake("InstanceIds"), "instance_ids");
        assert_eq!(snake("VPCId"), "vpc_id");
        assert_eq!(snake("Ipv6Address"), "ipv6_address");
        assert_eq!(snake("IPv6Addresses"), "i_pv6_addresses");
        assert_eq!(snake("Limit"), "limit");
        assert_eq!(snake("Instance_Type"), "instance_type");
        assert_eq!(snake("CPU"), "cpu");
    }

    #[test]
    fn keywords_get_one_spelling() {
        assert_eq!(field("Type"), "r#type");
        assert_eq!(field("Match"), "r#match");
        assert_eq!(field("Self"), "self_");
        assert_eq!(field("Crate"), "crate_");
        assert_eq!(field("3DSwitch"), "_3_d_switch");
        assert_eq!(field("Name"), "name");
    }

    #[test]
    fn the_default_wire_name_is_known() {
        assert_eq!(default_wire("r#type"), "Type");
        assert_eq!(default_wire("instance_ids"), "InstanceIds");
        assert_ne!(default_wire("vpc_id"), "VPCId");
    }

    #[test]
    fn the_default_wire_name_is_the_derives() {
        let cvm = include_str!("../../services/cvm/spec/2017-03-12.json");
        let spec = crate::spec::Spec::parse(cvm).expect("cvm's spec parses");
        let mut fields: Vec<String> =
            spec.objects.values().flat_map(|o| o.members().iter().map(|m| field(m.wire()))).collect();
        assert!(fields.len() > 1000, "cvm has {} members", fields.len());
        let odd =
            ["", "_", "a__b_", "_3_d_switch", "self_", "build_", "i_pv6_addresses", "r#type", "über_straße", "ß_x"];
        fields.extend(odd.iter().map(|s| s.to_string()));
        for name in &fields {
            assert_eq!(default_wire(name), derive_case::pascal_case(name), "the derive names {name} otherwise");
        }
    }

    #[test]
    fn codes_become_variants() {
        assert_eq!(variant("FailedOperation.NoSuchKey"), "FailedOperationNoSuchKey");
        assert_eq!(variant("InvalidParameterValue.invalid-name"), "InvalidParameterValueInvalidName");
        assert_eq!(variant("4xx.Error"), "E4xxError");
    }
}
