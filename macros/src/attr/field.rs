//! `#[tc3(...)]` on a field: its wire name, `sensitive`, its rules, and how it travels when
//! not in the JSON body (`body`, `header`, `file`).

use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, LitStr, Path, Token};

use super::{Literal, flag, parsed_value, set, skip_value, string_value, unknown_key};
use crate::ctxt::Ctxt;

const FIELD_KEYS: &[&str] = &[
    "rename",
    "sensitive",
    "length",
    "range",
    "digits",
    "pattern",
    "one_of",
    "not_one_of",
    "email",
    "nested",
    "custom",
    "required_on",
    "body",
    "header",
    "file",
];
/// What `required_on = ..` takes, as an error says it.
pub(crate) const REQUIRED_ON_EXPECTED: &str = "`required_on = \"international\"` or `required_on = \"mainland\"`";

/// `length(min = .., max = ..)` or `range(..)`: the key's span and the bounds given.
pub(crate) struct Bounds {
    pub(crate) span: Span,
    pub(crate) min: Option<Literal>,
    pub(crate) max: Option<Literal>,
}

/// `one_of(..)` or `not_one_of(..)`: the key's span and the literals listed.
pub(crate) struct Choices {
    pub(crate) span: Span,
    pub(crate) values: Vec<Literal>,
}

/// A field's keys, as written; `None` when absent.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    pub(crate) rename: Option<LitStr>,
    pub(crate) sensitive: Option<Span>,
    pub(crate) length: Option<Bounds>,
    pub(crate) range: Option<Bounds>,
    pub(crate) digits: Option<Span>,
    pub(crate) pattern: Option<LitStr>,
    pub(crate) one_of: Option<Choices>,
    pub(crate) not_one_of: Option<Choices>,
    pub(crate) email: Option<Span>,
    pub(crate) nested: Option<Span>,
    pub(crate) custom: Option<Path>,
    /// `"international"` or `"mainland"`: the one site that requires this `Option` field.
    pub(crate) required_on: Option<LitStr>,
    /// The request's raw body, sent as it is rather than as a wire member.
    pub(crate) body: Option<Span>,
    /// The HTTP header this member travels in, beside a raw body.
    pub(crate) header: Option<LitStr>,
    /// A binary member, sent as a file part of a `multipart/form-data` body.
    pub(crate) file: Option<Span>,
}

impl FieldAttrs {
    pub(crate) fn from_ast(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = FieldAttrs::default();
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("tc3")) {
            let parsed = attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
                match key.as_str() {
                    "rename" => {
                        if let Some(value) = string_value(cx, &meta, "`rename = \"WireName\"`")? {
                            set(cx, &mut out.rename, &meta, value);
                        }
                    }
                    "sensitive" => flag(cx, &meta, &mut out.sensitive)?,
                    "digits" => flag(cx, &meta, &mut out.digits)?,
                    "email" => flag(cx, &meta, &mut out.email)?,
                    "nested" => flag(cx, &meta, &mut out.nested)?,
                    "body" => flag(cx, &meta, &mut out.body)?,
                    "file" => flag(cx, &meta, &mut out.file)?,
                    "header" => {
                        if let Some(value) = string_value(cx, &meta, "`header = \"X-Header-Name\"`")? {
                            set(cx, &mut out.header, &meta, value);
                        }
                    }
                    "length" | "range" => {
                        if let Some(bounds) = bounds(cx, &meta, &key)? {
                            let slot = if key == "length" { &mut out.length } else { &mut out.range };
                            set(cx, slot, &meta, bounds);
                        }
                    }
                    "pattern" => {
                        if let Some(value) = string_value(cx, &meta, "`pattern = \"regex\"`")? {
                            set(cx, &mut out.pattern, &meta, value);
                        }
                    }
                    "one_of" | "not_one_of" => {
                        if let Some(choices) = choices(cx, &meta, &key)? {
                            let slot = if key == "one_of" { &mut out.one_of } else { &mut out.not_one_of };
                            set(cx, slot, &meta, choices);
                        }
                    }
                    "custom" => {
                        if let Some(path) = parsed_value(cx, &meta, "`custom = path::to::check_fn`")? {
                            set(cx, &mut out.custom, &meta, path);
                        }
                    }
                    "required_on" => {
                        if let Some(value) = string_value(cx, &meta, REQUIRED_ON_EXPECTED)? {
                            set(cx, &mut out.required_on, &meta, value);
                        }
                    }
                    _ => unknown_key(cx, &meta, FIELD_KEYS)?,
                }
                Ok(())
            });
            if let Err(error) = parsed {
                cx.syn_error(error);
            }
        }
        out
    }
}

/// `key(min = N, max = N)`, either bound optional but not both.
fn bounds(cx: &Ctxt, meta: &syn::meta::ParseNestedMeta, key: &str) -> syn::Result<Option<Bounds>> {
    let expected = format!("`{key}(min = N, max = N)`");
    if !meta.input.peek(syn::token::Paren) {
        cx.error_spanned_by(&meta.path, format!("expected {expected}"));
        skip_value(meta)?;
        return Ok(None);
    }
    let empty = meta.input.fork().parse::<proc_macro2::Group>().is_ok_and(|group| group.stream().is_empty());
    if empty {
        cx.error_spanned_by(&meta.path, format!("expected {expected}, with at least one bound"));
        skip_value(meta)?;
        return Ok(None);
    }
    let mut out = Bounds { span: meta.path.span(), min: None, max: None };
    let mut unknown = false;
    meta.parse_nested_meta(|bound| {
        let slot = match bound.path.get_ident().map(ToString::to_string).as_deref() {
            Some("min") => &mut out.min,
            Some("max") => &mut out.max,
            _ => {
                unknown = true;
                return unknown_key(cx, &bound, &["min", "max"]);
            }
        };
        let value: Literal = bound.value()?.parse()?;
        set(cx, slot, &bound, value);
        Ok(())
    })?;
    if out.min.is_none() && out.max.is_none() {
        if unknown {
            return Ok(None);
        }
        cx.error_spanned_by(&meta.path, format!("expected {expected}, with at least one bound"));
        return Ok(None);
    }
    Ok(Some(out))
}

/// `key("a", "b")` or `key(1, 2)`.
fn choices(cx: &Ctxt, meta: &syn::meta::ParseNestedMeta, key: &str) -> syn::Result<Option<Choices>> {
    if !meta.input.peek(syn::token::Paren) {
        cx.error_spanned_by(&meta.path, format!("expected `{key}(\"a\", \"b\")` or `{key}(1, 2)`"));
        skip_value(meta)?;
        return Ok(None);
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let values = Punctuated::<Literal, Token![,]>::parse_terminated(&content)?;
    Ok(Some(Choices { span: meta.path.span(), values: values.into_iter().collect() }))
}
