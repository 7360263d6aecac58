//! What the attributes mean: every rule that can be decided at compile time, one
//! `check_<rule>` function each. Errors go to the `Ctxt`, spanned on the smallest culprit.

use std::collections::HashMap;

use syn::{Expr, ExprLit, Lit, LitStr};

use crate::ast::{Container, Derive, Field};
use crate::attr::{Bounds, Choices, Literal};
use crate::ctxt::Ctxt;
use crate::shape::{Scalar, int_bounds, type_name};

pub(crate) fn check(cx: &Ctxt, cont: &Container) {
    if cont.derive == Derive::Action {
        check_required_keys(cx, cont);
        check_service(cx, cont.attrs.service.as_ref());
        check_version(cx, cont.attrs.version.as_ref());
        check_action(cx, cont);
        check_rate_limit(cx, cont.attrs.rate_limit.as_ref());
        check_site(cx, cont.attrs.site.as_ref());
        check_host(cx, cont.attrs.host.as_ref());
        check_client_token(cx, &cont.fields);
    }
    check_wire_names(cx, &cont.fields);
    for field in &cont.fields {
        check_rename(cx, field);
        check_length(cx, field);
        check_range(cx, field);
        check_string_rules(cx, field);
        check_pattern(cx, field);
        check_choices(cx, field, "one_of", field.attrs.one_of.as_ref());
        check_choices(cx, field, "not_one_of", field.attrs.not_one_of.as_ref());
        check_nested(cx, field);
        check_required_on(cx, field);
    }
    crate::raw_body::check(cx, cont);
}

/// A request names its service and version; the struct's name stands in for the action.
fn check_required_keys(cx: &Ctxt, cont: &Container) {
    let written = |key: &str| cont.attrs.written.iter().any(|written| written == key);
    if !written("service") {
        cx.error_spanned_by(cont.ident, "missing `#[tc3(service = \"name\")]`; a request names its service");
    }
    if !written("version") {
        cx.error_spanned_by(cont.ident, "missing `#[tc3(version = \"YYYY-MM-DD\")]`; a request names its API version");
    }
}

/// A service is the first label of its endpoint host: lowercase letters and digits.
fn check_service(cx: &Ctxt, service: Option<&LitStr>) {
    let Some(lit) = service else { return };
    let name = lit.value();
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !valid {
        cx.error_spanned_by(lit, "expected `service = \"name\"` in lowercase letters and digits, such as `cvm`");
    }
}

/// A version is a real calendar date written `YYYY-MM-DD`.
fn check_version(cx: &Ctxt, version: Option<&LitStr>) {
    let Some(lit) = version else { return };
    let text = lit.value();
    let parts: Vec<&str> = text.split('-').collect();
    let shaped = parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.bytes().all(|b| b.is_ascii_digit()));
    if !shaped {
        cx.error_spanned_by(lit, "expected `version = \"YYYY-MM-DD\"`");
        return;
    }
    // The three parts are all ASCII digits of bounded length, so they parse.
    let [year, month, day] = [parts[0], parts[1], parts[2]].map(|part| part.parse::<u32>().unwrap_or(0));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if day == 0 || day > days {
        cx.error_spanned_by(lit, format!("`{text}` is not a calendar date; expected `version = \"YYYY-MM-DD\"`"));
    }
}

/// An action is a PascalCase identifier; without `action`, the struct's name is used.
fn check_action(cx: &Ctxt, cont: &Container) {
    let is_pascal = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric())
    };
    match &cont.attrs.action {
        Some(lit) if !is_pascal(&lit.value()) => {
            cx.error_spanned_by(lit, "expected `action = \"ActionName\"` in PascalCase, such as `DescribeInstances`");
        }
        None if !is_pascal(&cont.ident.to_string()) => {
            cx.error_spanned_by(cont.ident, "expected a PascalCase struct name, or `#[tc3(action = \"ActionName\")]`");
        }
        _ => {}
    }
}

/// A rate limit is a whole number of requests per second, at least one.
fn check_rate_limit(cx: &Ctxt, rate_limit: Option<&Expr>) {
    let Some(expr) = rate_limit else { return };
    match rate_limit_value(expr) {
        Some(0) => cx.error_spanned_by(expr, "expected `rate_limit = N` with N at least 1"),
        Some(_) => {}
        None => cx.error_spanned_by(expr, "expected `rate_limit = N`, a whole number of requests per second"),
    }
}

/// A site is one of the two Tencent Cloud has.
fn check_site(cx: &Ctxt, site: Option<&LitStr>) {
    let Some(lit) = site else { return };
    if site_variant(lit).is_none() {
        cx.error_spanned_by(lit, format!("expected {}", crate::attr::container::SITE_EXPECTED));
    }
}

/// An action's own host is a host name: dot-separated labels of lowercase letters, digits
/// and inner hyphens; no scheme, port or path (those are an endpoint, set on the client).
fn check_host(cx: &Ctxt, host: Option<&LitStr>) {
    let Some(lit) = host else { return };
    let value = lit.value();
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if value.len() > 253 || !value.contains('.') || !value.split('.').all(label) {
        cx.error_spanned_by(lit, format!("expected {}", crate::attr::container::HOST_EXPECTED));
    }
}

/// A field required on one site only is an `Option`, left out on the other site; the site is
/// one of the two Tencent Cloud has.
fn check_required_on(cx: &Ctxt, field: &Field) {
    let Some(lit) = &field.attrs.required_on else { return };
    if site_variant(lit).is_none() {
        cx.error_spanned_by(lit, format!("expected {}", crate::attr::field::REQUIRED_ON_EXPECTED));
    }
    if !field.shape.optional {
        cx.error_spanned_by(
            field.ty,
            format!(
                "`required_on` marks an `Option` field, not `{}`; a field required on every site is a plain field",
                type_name(field.ty)
            ),
        );
    }
}

/// The `Site` variant a well-formed `site` or `required_on` names.
pub(crate) fn site_variant(lit: &LitStr) -> Option<&'static str> {
    match lit.value().as_str() {
        "international" => Some("International"),
        "mainland" => Some("Mainland"),
        _ => None,
    }
}

/// The value of a well-formed `rate_limit`.
pub(crate) fn rate_limit_value(expr: &Expr) -> Option<u32> {
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Int(int), .. }) => int.base10_parse::<u32>().ok(),
        _ => None,
    }
}

/// No two fields share a wire name; the later field is the culprit.
fn check_wire_names(cx: &Ctxt, fields: &[Field]) {
    let mut seen: HashMap<String, &Field> = HashMap::new();
    for field in fields {
        let wire = field.wire_name();
        if let Some(first) = seen.get(&wire) {
            let message = format!("wire name `{wire}` is already used by field `{}`", first.name());
            match &field.attrs.rename {
                Some(rename) => cx.error_spanned_by(rename, message),
                None => cx.error_spanned_by(field.ident, message),
            }
        } else {
            seen.insert(wire, field);
        }
    }
}

/// The idempotency token (wire name `ClientToken`) is text the client may fill in: a
/// `String` or an `Option<String>`.
fn check_client_token(cx: &Ctxt, fields: &[Field]) {
    for field in fields.iter().filter(|f| f.wire_name() == CLIENT_TOKEN) {
        if field.shape.item.is_some() || field.shape.scalar != Scalar::Str {
            cx.error_spanned_by(
                field.ty,
                "expected `Option<String>` or `String`: `ClientToken` is the idempotency token the client fills in",
            );
        }
    }
}

/// The wire name of the idempotency token, as every API 3.0 service spells it.
pub(crate) const CLIENT_TOKEN: &str = "ClientToken";

/// A rename names a wire field, so it cannot be empty.
fn check_rename(cx: &Ctxt, field: &Field) {
    if let Some(rename) = &field.attrs.rename {
        if rename.value().trim().is_empty() {
            cx.error_spanned_by(rename, "expected `rename = \"WireName\"` with a non-empty name");
        }
    }
}

/// A rule that does not apply to the field's type is reported on the type.
fn wrong_type(cx: &Ctxt, field: &Field, rule: &str, checks: &str) {
    cx.error_spanned_by(field.ty, format!("`{rule}` checks {checks}, not `{}`", type_name(field.ty)));
}

/// `length` counts the chars of a `String` or the items of a `Vec`; bounds are counts.
fn check_length(cx: &Ctxt, field: &Field) {
    let Some(bounds) = &field.attrs.length else { return };
    if !field.shape.is_list() && field.shape.scalar != Scalar::Str {
        wrong_type(cx, field, "length", "`String` values and lists");
    }
    for bound in [&bounds.min, &bounds.max].into_iter().flatten() {
        if !matches!(bound, Literal::Int { value, .. } if *value >= 0) {
            cx.error_at(bound.span(), "expected a count: a whole number, zero or more");
        }
    }
    check_order(cx, bounds);
}

/// `range` compares numbers; its bounds must be numbers the field's type can hold.
fn check_range(cx: &Ctxt, field: &Field) {
    let Some(bounds) = &field.attrs.range else { return };
    match field.shape.scalar {
        Scalar::Int(int) => {
            for bound in [&bounds.min, &bounds.max].into_iter().flatten() {
                check_int_literal(cx, bound, int);
            }
        }
        Scalar::Float => {
            for bound in [&bounds.min, &bounds.max].into_iter().flatten() {
                if bound.as_f64().is_none() {
                    cx.error_at(bound.span(), "expected a number");
                }
            }
        }
        _ => wrong_type(cx, field, "range", "integers and floats (or lists of them)"),
    }
    check_order(cx, bounds);
}

/// `min` cannot exceed `max`.
fn check_order(cx: &Ctxt, bounds: &Bounds) {
    if let (Some(min), Some(max)) = (&bounds.min, &bounds.max) {
        if let (Some(low), Some(high)) = (min.as_f64(), max.as_f64()) {
            if low > high {
                cx.error_at(min.span(), format!("`min = {min}` is greater than `max = {max}`"));
            }
        }
    }
}

/// An integer literal must be one and fit the field's integer type.
fn check_int_literal(cx: &Ctxt, literal: &Literal, int: &str) {
    if let Some(message) = int_literal_error(literal, int) {
        cx.error_at(literal.span(), message);
    }
}

/// What is wrong with `literal` as a value of the integer type `int`, if anything.
fn int_literal_error(literal: &Literal, int: &str) -> Option<String> {
    match literal {
        Literal::Int { value, .. } => {
            let (low, high) = int_bounds(int);
            (*value < low || *value > high).then(|| format!("`{value}` does not fit the field's type `{int}`"))
        }
        _ => Some(format!("expected an integer literal; the field is `{int}`")),
    }
}

/// `digits`, `email` and `pattern` read text, so they need `String` values.
fn check_string_rules(cx: &Ctxt, field: &Field) {
    if field.shape.scalar == Scalar::Str {
        return;
    }
    for (rule, given) in [
        ("digits", field.attrs.digits.is_some()),
        ("email", field.attrs.email.is_some()),
        ("pattern", field.attrs.pattern.is_some()),
    ] {
        if given {
            wrong_type(cx, field, rule, "`String` values (or lists of them)");
        }
    }
}

/// A pattern must compile, with the same regex crate that checks values at run time.
fn check_pattern(cx: &Ctxt, field: &Field) {
    let Some(pattern) = &field.attrs.pattern else { return };
    if let Err(error) = regex_lite::Regex::new(&pattern.value()) {
        let reason = error.to_string();
        let reason = reason.lines().last().unwrap_or("invalid regex").trim();
        cx.error_spanned_by(pattern, format!("pattern does not compile: {reason}"));
    }
}

/// `one_of`/`not_one_of` list at least one literal, each of the field's type.
fn check_choices(cx: &Ctxt, field: &Field, rule: &str, choices: Option<&Choices>) {
    let Some(choices) = choices else { return };
    if choices.values.is_empty() {
        cx.error_at(choices.span, format!("expected at least one value in `{rule}(..)`"));
    }
    // One list of the wrong kind is one mistake: the first literal that does not fit is
    // the culprit, and the only one reported.
    match field.shape.scalar {
        Scalar::Str => {
            if let Some(value) = choices.values.iter().find(|value| !matches!(value, Literal::Str(_))) {
                cx.error_at(value.span(), "expected string literals; the field holds `String` values");
            }
        }
        Scalar::Int(int) => {
            if let Some(value) = choices.values.iter().find(|value| int_literal_error(value, int).is_some()) {
                check_int_literal(cx, value, int);
            }
        }
        _ => wrong_type(cx, field, rule, "`String` and integer values (or lists of them)"),
    }
}

/// `nested` checks objects that carry rules of their own, not plain values.
fn check_nested(cx: &Ctxt, field: &Field) {
    if field.attrs.nested.is_some() && field.shape.scalar != Scalar::Other {
        wrong_type(cx, field, "nested", "objects that derive `tc3::Object` (or lists of them)");
    }
}
