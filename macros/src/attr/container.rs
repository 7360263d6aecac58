//! `#[tc3(...)]` on the struct.

use proc_macro2::Span;
use syn::{Attribute, Expr, LitStr, Path, Type};

use super::{expr_value, flag, parsed_value, set, string_value, unknown_key};
use crate::ast::Derive;
use crate::ctxt::Ctxt;

const ACTION_KEYS: &[&str] = &["service", "version", "action", "response", "idempotent", "rate_limit", "crate"];
const OBJECT_KEYS: &[&str] = &["crate"];

/// The struct's keys, as written; `None` when absent.
#[derive(Default)]
pub(crate) struct ContainerAttrs {
    pub(crate) service: Option<LitStr>,
    pub(crate) version: Option<LitStr>,
    pub(crate) action: Option<LitStr>,
    pub(crate) response: Option<Type>,
    pub(crate) idempotent: Option<Span>,
    pub(crate) rate_limit: Option<Expr>,
    pub(crate) krate: Option<Path>,
    /// Every key written, well-formed or not, so a malformed key is not also "missing".
    pub(crate) written: Vec<String>,
}

impl ContainerAttrs {
    pub(crate) fn from_ast(cx: &Ctxt, attrs: &[Attribute], derive: Derive) -> Self {
        let mut out = ContainerAttrs::default();
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("tc3")) {
            let parsed = attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
                out.written.push(key.clone());
                match (derive, key.as_str()) {
                    (Derive::Action, "service") => {
                        if let Some(value) = string_value(cx, &meta, "`service = \"name\"`")? {
                            set(cx, &mut out.service, &meta, value);
                        }
                    }
                    (Derive::Action, "version") => {
                        if let Some(value) = string_value(cx, &meta, "`version = \"YYYY-MM-DD\"`")? {
                            set(cx, &mut out.version, &meta, value);
                        }
                    }
                    (Derive::Action, "action") => {
                        if let Some(value) = string_value(cx, &meta, "`action = \"ActionName\"`")? {
                            set(cx, &mut out.action, &meta, value);
                        }
                    }
                    (Derive::Action, "response") => {
                        if let Some(value) = parsed_value(cx, &meta, "`response = ResponseType`")? {
                            set(cx, &mut out.response, &meta, value);
                        }
                    }
                    (Derive::Action, "idempotent") => flag(cx, &meta, &mut out.idempotent)?,
                    (Derive::Action, "rate_limit") => {
                        if let Some(value) = expr_value(cx, &meta, "`rate_limit = N`, requests per second")? {
                            set(cx, &mut out.rate_limit, &meta, value);
                        }
                    }
                    (_, "crate") => {
                        if let Some(value) = parsed_value(cx, &meta, "`crate = \"path::to::tc3\"`")? {
                            set(cx, &mut out.krate, &meta, value);
                        }
                    }
                    (Derive::Action, _) => unknown_key(cx, &meta, ACTION_KEYS)?,
                    (Derive::Object, _) => unknown_key(cx, &meta, OBJECT_KEYS)?,
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
