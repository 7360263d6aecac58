//! `#[tc3(...)]` on the struct.

use proc_macro2::Span;
use syn::{Attribute, Expr, LitStr, Path, Type};

use super::{expr_value, flag, parsed_value, set, string_value, unknown_key};
use crate::ast::Derive;
use crate::ctxt::Ctxt;

const ACTION_KEYS: &[&str] = &[
    "service",
    "version",
    "action",
    "response",
    "idempotent",
    "rate_limit",
    "site",
    "host",
    "retry_after",
    "custom",
    "lenient",
    "crate",
];
/// What `site = ..` takes, as an error says it.
pub(crate) const SITE_EXPECTED: &str = "`site = \"international\"` or `site = \"mainland\"`";
/// What `host = ..` takes, as an error says it.
pub(crate) const HOST_EXPECTED: &str = "`host = \"service.ai.tencentcloudapi.com\"`, a host name";
const OBJECT_KEYS: &[&str] = &["custom", "lenient", "decode_only", "crate"];

/// The struct's keys, as written; `None` when absent.
#[derive(Default)]
pub(crate) struct ContainerAttrs {
    pub(crate) service: Option<LitStr>,
    pub(crate) version: Option<LitStr>,
    pub(crate) action: Option<LitStr>,
    pub(crate) response: Option<Type>,
    pub(crate) idempotent: Option<Span>,
    pub(crate) rate_limit: Option<Expr>,
    /// `"international"` or `"mainland"`: the one site that has the action.
    pub(crate) site: Option<LitStr>,
    /// The action's own host name: `"es.ai.tencentcloudapi.com"`.
    pub(crate) host: Option<LitStr>,
    /// `fn(&str) -> Option<Duration>`: the documented wait after an error code.
    pub(crate) retry_after: Option<Path>,
    /// `fn(&Self) -> Result<(), Violation>`: a rule across fields.
    pub(crate) custom: Option<Path>,
    /// Numbers may arrive as strings and strings as numbers.
    pub(crate) lenient: Option<Span>,
    /// Only ever decoded (a response): no builder, no literal checks.
    pub(crate) decode_only: Option<Span>,
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
                    (Derive::Action, "site") => {
                        if let Some(value) = string_value(cx, &meta, SITE_EXPECTED)? {
                            set(cx, &mut out.site, &meta, value);
                        }
                    }
                    (Derive::Action, "host") => {
                        if let Some(value) = string_value(cx, &meta, HOST_EXPECTED)? {
                            set(cx, &mut out.host, &meta, value);
                        }
                    }
                    (Derive::Action, "retry_after") => {
                        if let Some(value) = parsed_value(cx, &meta, "`retry_after = path::to::wait_fn`")? {
                            set(cx, &mut out.retry_after, &meta, value);
                        }
                    }
                    (_, "custom") => {
                        if let Some(value) = parsed_value(cx, &meta, "`custom = path::to::check_fn`")? {
                            set(cx, &mut out.custom, &meta, value);
                        }
                    }
                    (_, "lenient") => flag(cx, &meta, &mut out.lenient)?,
                    (Derive::Object, "decode_only") => flag(cx, &meta, &mut out.decode_only)?,
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
