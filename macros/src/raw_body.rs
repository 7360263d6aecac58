//! The rules of a request whose body is not JSON. Sent as raw bytes (cls `UploadLog`): one
//! `#[tc3(body)]` field holds the bytes, and `#[tc3(header = "..")]` members travel as HTTP
//! headers beside them. Sent as a form (cii `DescribeQualityScore`): `#[tc3(file)]` members are
//! file parts of a `multipart/form-data` body and every other member a text part. Checked here,
//! one `check_<rule>` function each; `expand` reads the model through [`body_field`] and
//! [`is_form`].

use std::collections::HashMap;

use syn::Type;

use crate::ast::{Container, Derive, Field};
use crate::ctxt::Ctxt;
use crate::shape::{Scalar, type_name};

/// The headers the client writes itself, which a member cannot take (`X-TC-` ones by prefix).
const CLIENT_HEADERS: &[&str] = &["host", "content-type", "content-length", "authorization", "user-agent"];

pub(crate) fn check(cx: &Ctxt, cont: &Container) {
    check_request_only(cx, cont);
    check_one_body(cx, &cont.fields);
    for field in &cont.fields {
        check_body_type(cx, field);
        check_body_alone(cx, field);
        check_header_name(cx, field);
        check_header_type(cx, field);
    }
    check_headers_beside_body(cx, &cont.fields);
    check_distinct_headers(cx, &cont.fields);
    check_form(cx, cont);
}

/// Whether the request is sent as a `multipart/form-data` body: it has a `file` member.
pub(crate) fn is_form(cont: &Container) -> bool {
    cont.fields.iter().any(|field| field.attrs.file.is_some())
}

/// A form's file parts are bytes (`Option` when the member is optional); its other members
/// are text parts; a request is a form or raw bytes, not both; `file` is a request's key.
fn check_form(cx: &Ctxt, cont: &Container) {
    for field in &cont.fields {
        let Some(span) = field.attrs.file else { continue };
        if cont.derive != Derive::Action {
            cx.error_at(span, "`file` is on a request's field only (`#[derive(tc3::Action)]`)");
        } else if !is_bytes(field.shape.value) {
            cx.error_spanned_by(
                field.ty,
                format!(
                    "a `file` member is bytes: expected `Vec<u8>` or `bytes::Bytes` (or an `Option` of one), not `{}`",
                    type_name(field.ty)
                ),
            );
        }
    }
    if cont.derive != Derive::Action || !is_form(cont) {
        return;
    }
    for field in cont.fields.iter().filter(|field| field.attrs.file.is_none()) {
        if field.attrs.body.is_some() || field.attrs.header.is_some() {
            let key = if field.attrs.body.is_some() { "body" } else { "header" };
            cx.error_spanned_by(
                field.ident,
                format!("a request with `file` members is sent as a form: it takes no `{key}`"),
            );
        } else if field.shape.scalar != Scalar::Str || field.shape.is_list() {
            cx.error_spanned_by(
                field.ty,
                format!(
                    "a form's other members are text parts: expected `String` or `Option<String>`, not `{}`",
                    type_name(field.ty)
                ),
            );
        }
    }
}

/// The field that holds a request's raw body, if it has one.
pub(crate) fn body_field<'a, 'b>(cont: &'a Container<'b>) -> Option<&'a Field<'b>> {
    cont.fields.iter().find(|field| field.attrs.body.is_some())
}

/// `body` and `header` describe how a request is sent, so an `Object` has neither.
fn check_request_only(cx: &Ctxt, cont: &Container) {
    if cont.derive == Derive::Action {
        return;
    }
    for field in &cont.fields {
        if let Some(span) = field.attrs.body {
            cx.error_at(span, "`body` is on a request's field only (`#[derive(tc3::Action)]`)");
        }
        if let Some(header) = &field.attrs.header {
            cx.error_spanned_by(header, "`header` is on a request's field only (`#[derive(tc3::Action)]`)");
        }
    }
}

/// A request has one body: the second `body` field is the culprit.
fn check_one_body(cx: &Ctxt, fields: &[Field]) {
    let mut bodies = fields.iter().filter_map(|field| field.attrs.body.map(|span| (field, span)));
    let Some((first, _)) = bodies.next() else { return };
    for (_, span) in bodies {
        cx.error_at(span, format!("a request has one `body`; field `{}` is already its body", first.name()));
    }
}

/// The body is bytes: a `Vec<u8>` or a `bytes::Bytes`, sent without a copy either way.
fn check_body_type(cx: &Ctxt, field: &Field) {
    if field.attrs.body.is_none() || is_bytes(field.ty) {
        return;
    }
    cx.error_spanned_by(
        field.ty,
        format!("`body` holds the raw bytes sent: expected `Vec<u8>` or `bytes::Bytes`, not `{}`", type_name(field.ty)),
    );
}

fn is_bytes(ty: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    let Some(last) = path.path.segments.last() else { return false };
    match last.ident.to_string().as_str() {
        "Bytes" => last.arguments.is_none(),
        "Vec" => matches!(
            &last.arguments,
            syn::PathArguments::AngleBracketed(args) if args.args.len() == 1
                && matches!(args.args.first(), Some(syn::GenericArgument::Type(Type::Path(u8))) if u8.path.is_ident("u8"))
        ),
        _ => false,
    }
}

/// The body is sent as it is, not as a wire member: wire keys and value rules do not apply.
fn check_body_alone(cx: &Ctxt, field: &Field) {
    let Some(span) = field.attrs.body else { return };
    let a = &field.attrs;
    let others = [
        ("rename", a.rename.is_some()),
        ("header", a.header.is_some()),
        ("required_on", a.required_on.is_some()),
        ("length", a.length.is_some()),
        ("range", a.range.is_some()),
        ("digits", a.digits.is_some()),
        ("pattern", a.pattern.is_some()),
        ("one_of", a.one_of.is_some()),
        ("not_one_of", a.not_one_of.is_some()),
        ("email", a.email.is_some()),
        ("nested", a.nested.is_some()),
        ("custom", a.custom.is_some()),
    ];
    for (key, _) in others.iter().filter(|(_, given)| *given) {
        cx.error_at(span, format!("`body` is sent as it is, not as a wire member: it takes no `{key}`"));
    }
}

/// A header name is an HTTP token, and not one the client writes itself.
fn check_header_name(cx: &Ctxt, field: &Field) {
    let Some(lit) = &field.attrs.header else { return };
    let name = lit.value();
    let token = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !token {
        cx.error_spanned_by(lit, "expected `header = \"X-Header-Name\"`: letters, digits and `-`, no spaces or colons");
        return;
    }
    let lower = name.to_ascii_lowercase();
    if lower.starts_with("x-tc-") || CLIENT_HEADERS.contains(&lower.as_str()) {
        cx.error_spanned_by(lit, format!("`{name}` is a header the client writes itself; a member cannot take it"));
    }
}

/// A header carries text: the member is a `String` or an `Option<String>` (left out when `None`).
fn check_header_type(cx: &Ctxt, field: &Field) {
    if field.attrs.header.is_none() || (field.shape.scalar == Scalar::Str && !field.shape.is_list()) {
        return;
    }
    cx.error_spanned_by(
        field.ty,
        format!("a `header` member is text: expected `String` or `Option<String>`, not `{}`", type_name(field.ty)),
    );
}

/// Members travel as headers only beside a raw body; a JSON request sends them in its body.
fn check_headers_beside_body(cx: &Ctxt, fields: &[Field]) {
    if fields.iter().any(|field| field.attrs.body.is_some()) {
        return;
    }
    for field in fields {
        if let Some(lit) = &field.attrs.header {
            cx.error_spanned_by(lit, "`header` members travel beside a raw body: add a `#[tc3(body)]` field");
        }
    }
}

/// No two members share a header (names compare without case); the later one is the culprit.
fn check_distinct_headers(cx: &Ctxt, fields: &[Field]) {
    let mut seen: HashMap<String, &Field> = HashMap::new();
    for field in fields {
        let Some(lit) = &field.attrs.header else { continue };
        match seen.get(&lit.value().to_ascii_lowercase()) {
            Some(first) => cx
                .error_spanned_by(lit, format!("header `{}` is already sent by field `{}`", lit.value(), first.name())),
            None => {
                seen.insert(lit.value().to_ascii_lowercase(), field);
            }
        }
    }
}
