//! The version's `ErrorCode`: its own codes, then the common codes of API 3.0, written
//! through the runtime's `error_codes!` so the enum's behaviour lives in one place.
//! Codes that differ only in where their dots are (`A.BC`, `AB.C`) spell each dot `Dot`.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::names::variant;
use crate::spec::Spec;

/// The codes any API 3.0 service may answer with (from spec/api3-common.md).
const COMMON: &str = include_str!("../../common-codes.txt");

pub(crate) fn error_codes(spec: &Spec) -> String {
    let common = COMMON.lines().filter(|c| !spec.errors.iter().any(|own| own == c));
    let codes: Vec<(&str, &str)> =
        spec.errors.iter().map(|c| (c.as_str(), "")).chain(common.map(|c| (c, " (common)"))).collect();
    // Two codes that differ only where their dots are (`A.BC`, `AB.C`) spell the dots out.
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for (code, _) in &codes {
        *count.entry(variant(code)).or_default() += 1;
    }
    let mut body = String::new();
    for (code, note) in codes {
        let mut name = variant(code);
        if count[&name] > 1 {
            name = variant(&code.replace('.', ".Dot."));
        }
        let _ = writeln!(body, "    /// `{code}`{note}.\n    {name} => \"{code}\",");
    }
    format!(
        "::tc3_runtime::__private::error_codes! {{\n    /// An error code of {service} {version}: its own codes, then the common codes of API 3.0;\n    /// [`ErrorCode::Unknown`] keeps any other code as sent.\n    ErrorCode;\n{body}}}\n",
        service = spec.service,
        version = spec.version,
    )
}
