//! The version's `ErrorCode`: its own codes, then the common codes of API 3.0, written
//! through the runtime's `error_codes!` so the enum's behaviour lives in one place. The
//! partner API's generator writes its `ErrorCode` with [`error_codes_macro`] too.
//! Codes that differ only in where their dots are (`A.BC`, `AB.C`) spell each dot `Dot`.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::names::variant;
use crate::spec::Spec;

/// The codes any API 3.0 service may answer with (from spec/api3-common.md).
const COMMON: &str = include_str!("../../common-codes.txt");

pub(crate) fn error_codes(spec: &Spec) -> String {
    let codes: Vec<(&str, String)> = codes(spec)
        .into_iter()
        .map(|(code, common)| (code, format!("`{code}`{}.", if common { " (common)" } else { "" })))
        .collect();
    let doc = format!(
        "An error code of {} {}: its own codes, then the common codes of API 3.0;\n[`ErrorCode::Unknown`] keeps any \
         other code as sent.",
        spec.service, spec.version
    );
    error_codes_macro("::tc3_runtime::__private", &doc, &codes)
}

/// The codes of `spec`'s `ErrorCode`, in its order: the version's own, then each common code
/// it does not list itself; `true` marks a common one.
pub(crate) fn codes(spec: &Spec) -> Vec<(&str, bool)> {
    let common = COMMON.lines().filter(|c| !c.is_empty() && !spec.errors.iter().any(|own| own == c));
    spec.errors.iter().map(|c| (c.as_str(), false)).chain(common.map(|c| (c, true))).collect()
}

/// The variant of each of `codes`, in order: [`variant`], with every dot spelled `Dot` where
/// two codes differ only in where their dots are (`A.BC`, `AB.C`).
pub(crate) fn variants<'a>(codes: impl Iterator<Item = &'a str> + Clone) -> Vec<String> {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for code in codes.clone() {
        *count.entry(variant(code)).or_default() += 1;
    }
    codes
        .map(|code| {
            let name = variant(code);
            if count[&name] > 1 { variant(&code.replace('.', ".Dot.")) } else { name }
        })
        .collect()
}

/// `<path>::error_codes! { .. }`: the enum `ErrorCode` documented by `doc` (lines, an empty
/// one between paragraphs), a variant for each code, documented by its text.
pub(crate) fn error_codes_macro(path: &str, doc: &str, codes: &[(&str, String)]) -> String {
    let mut out = format!("{path}::error_codes! {{\n");
    for line in doc.lines() {
        let _ = writeln!(out, "    ///{}{line}", if line.is_empty() { "" } else { " " });
    }
    out.push_str("    ErrorCode;\n");
    for ((code, doc), name) in codes.iter().zip(variants(codes.iter().map(|(code, _)| *code))) {
        let _ = writeln!(out, "    /// {doc}\n    {name} => \"{code}\",");
    }
    out.push_str("}\n");
    out
}
