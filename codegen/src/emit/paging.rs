//! The `impl Paged` of each paged action, through the runtime's `paged!`, and its entry in
//! `PAGED_ACTIONS`; which actions page, and how, is decided in [`crate::paging`]. The partner
//! API's generator writes its paging with [`paged_macro`] and [`paged_actions`] too.

use super::Module;
use crate::names;
use crate::paging::{self, Flag, Overrides, Shape};
use crate::spec::{Spec, Status};

/// The page size asked for when a request leaves it unset: API 3.0's usual default, which
/// every service that takes `Limit` accepts.
const DEFAULT_LIMIT: u64 = 20;

/// The shape of `action`, when it gets a paginator.
pub(super) fn shape(m: &Module, action: &str, status: Status) -> Option<Shape> {
    paging::detect(m.spec, Overrides::reviewed(), action, status)?.ok()
}

/// `paged!(...)` for `action`, paged as `shape`.
pub(super) fn paged(m: &Module, action: &str, shape: Shape) -> String {
    let names = Names {
        field: &|object: &str, index: usize| names::fields(m.object(object).members()).swap_remove(index),
        item: &|object: &str, index: usize| m.types.item(object, &m.object(object).members()[index]),
    };
    paged_macro("::tc3_runtime::__private", m.spec, action, shape, &names, DEFAULT_LIMIT)
}

/// The Rust names of members, each by its object's API name and its index there: a field's,
/// and the type of a list's items.
pub(crate) struct Names<'a> {
    /// The field of a member.
    pub(crate) field: &'a dyn Fn(&str, usize) -> String,
    /// The type of a list member's items.
    pub(crate) item: &'a dyn Fn(&str, usize) -> String,
}

/// `<path>::paged!(...)` for `action` of `spec`, paged as `shape`, its members named by
/// `names`; `default_size` is the page size asked for when a request leaves it unset.
pub(crate) fn paged_macro(
    path: &str,
    spec: &Spec,
    action: &str,
    shape: Shape,
    names: &Names<'_>,
    default_size: u64,
) -> String {
    let request = format!("{action}Request");
    let response = format!("{action}Response");
    let field = |object: &str, index: usize| (names.field)(object, index);
    // The list of `owner` at `index`, and the type of its items.
    let items = |owner: &str, index: usize| format!("{}: {}", field(owner, index), (names.item)(owner, index));
    // Where the items are one object down, they and what is read beside them (the total, the
    // token, the flag) are that object's.
    let holder = |within: Option<usize>| match within {
        Some(at) => spec.objects[&response].members()[at].item().to_owned(),
        None => response.clone(),
    };
    let within_field = |within: Option<usize>| within.map(|at| format!("; within {}", field(&response, at)));
    let body = match shape {
        Shape::Offset { offset, limit, within, total, items: list } => {
            let holder = holder(within);
            format!(
                "{}, {}offset: {}, limit: {}, default_size: {default_size}{}",
                items(&holder, list),
                total.map(|total| format!("total: {}, ", field(&holder, total))).unwrap_or_default(),
                field(&request, offset),
                field(&request, limit),
                within_field(within).unwrap_or_default(),
            )
        }
        Shape::PageNumber { page, size, base, within, total, items: list } => {
            let holder = holder(within);
            format!(
                "{}, {}page: {} = \"{}\", size: {}, base: {}, default_size: {default_size}{}",
                items(&holder, list),
                total.map(|total| format!("total: {}, ", field(&holder, total))).unwrap_or_default(),
                field(&request, page),
                spec.objects[&request].members()[page].wire(),
                field(&request, size),
                base.map_or_else(|| "caller".to_owned(), |base| base.to_string()),
                within_field(within).unwrap_or_default(),
            )
        }
        Shape::Token { token, within, next, flag, items: list } => {
            let holder = holder(within);
            format!(
                "{}, token: {} => {}{}{}",
                items(&holder, list),
                field(&request, token),
                field(&holder, next),
                flag.map(|(flag, at)| format!(", {}: {}", flag_fn(flag), field(&holder, at))).unwrap_or_default(),
                within_field(within).unwrap_or_default(),
            )
        }
    };
    format!("{path}::paged!({action} => {body});\n")
}

/// `PAGED_ACTIONS`, of the `paged` actions, with the runtime's paging at `<root>::paging`.
pub(crate) fn paged_actions(root: &str, paged: &[(&str, Shape)]) -> String {
    let mut out = format!(
        "\n/// The actions that implement [`Paged`]({root}::paging::Paged), each with how it pages.\n\
         pub const PAGED_ACTIONS: &[(&str, {root}::paging::PageShape)] = &[\n"
    );
    for (action, shape) in paged {
        out.push_str(&format!("    (\"{action}\", {root}::paging::PageShape::{}),\n", page_shape(*shape)));
    }
    out.push_str("];\n");
    out
}

/// The line of the request's documentation that says how it pages.
pub(super) fn doc_line(shape: Shape) -> &'static str {
    match shape {
        Shape::Offset { .. } => "Paged by `Offset` and `Limit`: `Paged::pages` walks every item.",
        Shape::PageNumber { base: Some(0), .. } => {
            "Paged by page number, from page 0: `Paged::pages` walks every item."
        }
        Shape::PageNumber { base: Some(_), .. } => {
            "Paged by page number, from page 1: `Paged::pages` walks every item."
        }
        Shape::PageNumber { base: None, .. } => {
            "Paged by page number, from a first page the API does not document: `Paged::pages` walks every item \
             from the page the request sets, and refuses to start without one."
        }
        Shape::Token { .. } => "Paged by a token from each answer: `Paged::pages` walks every item.",
    }
}

/// The `PageShape` of `shape`, as Rust.
fn page_shape(shape: Shape) -> String {
    match shape {
        Shape::Offset { .. } => "Offset".to_owned(),
        Shape::PageNumber { base: Some(base), .. } => format!("PageNumber {{ base: Some({base}) }}"),
        Shape::PageNumber { base: None, .. } => "PageNumber { base: None }".to_owned(),
        Shape::Token { .. } => "Token".to_owned(),
    }
}

fn flag_fn(flag: Flag) -> &'static str {
    match flag {
        Flag::ListOver => "list_over",
        Flag::IsTruncated => "is_truncated",
        Flag::HasMore => "has_more",
    }
}
