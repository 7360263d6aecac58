//! The `impl Paged` of each paged action, through the runtime's `paged!`, and its entry in
//! `PAGED_ACTIONS`; which actions page, and how, is decided in [`crate::paging`].

use super::Module;
use crate::names;
use crate::paging::{self, Flag, Overrides, Shape};
use crate::spec::{Object, Status};

/// The page size asked for when a request leaves it unset: API 3.0's usual default, which
/// every service that takes `Limit` accepts.
const DEFAULT_LIMIT: u64 = 20;

/// The shape of `action`, when it gets a paginator.
pub(super) fn shape(m: &Module, action: &str, status: Status) -> Option<Shape> {
    paging::detect(m.spec, Overrides::reviewed(), action, status)?.ok()
}

/// `paged!(...)` for `action`, paged as `shape`.
pub(super) fn paged(m: &Module, action: &str, shape: Shape) -> String {
    let request = m.object(&format!("{action}Request"));
    let response_name = format!("{action}Response");
    let response = m.object(&response_name);
    let field = |object: &Object, index: usize| names::fields(object.members()).swap_remove(index);
    // The list of `owner` (named `owner_name`) at `index`, and the type of its items.
    let items = |owner_name: &str, owner: &Object, index: usize| {
        let item = m.types.item(owner_name, &owner.members()[index]);
        format!("{}: {item}", field(owner, index))
    };
    let body = match shape {
        Shape::Offset { offset, limit, total, items: list } => format!(
            "{}, {}offset: {}, limit: {}, default_size: {DEFAULT_LIMIT}",
            items(&response_name, response, list),
            total.map(|total| format!("total: {}, ", field(response, total))).unwrap_or_default(),
            field(request, offset),
            field(request, limit),
        ),
        Shape::PageNumber { page, size, base, total, items: list } => format!(
            "{}, {}page: {} = \"{}\", size: {}, base: {}, default_size: {DEFAULT_LIMIT}",
            items(&response_name, response, list),
            total.map(|total| format!("total: {}, ", field(response, total))).unwrap_or_default(),
            field(request, page),
            request.members()[page].wire(),
            field(request, size),
            base.map_or_else(|| "caller".to_owned(), |base| base.to_string()),
        ),
        Shape::Token { token, within, next, flag, items: list } => {
            // Where the token is one object down, the items, token and flag are that object's.
            let (holder_name, holder) = match within {
                Some(at) => (response.members()[at].item(), m.object(response.members()[at].item())),
                None => (response_name.as_str(), response),
            };
            format!(
                "{}, token: {} => {}{}{}",
                items(holder_name, holder, list),
                field(request, token),
                field(holder, next),
                flag.map(|(flag, at)| format!(", {}: {}", flag_fn(flag), field(holder, at))).unwrap_or_default(),
                within.map(|at| format!("; within {}", field(response, at))).unwrap_or_default(),
            )
        }
    };
    format!("::tc3_runtime::__private::paged!({action} => {body});\n")
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
pub(super) fn page_shape(shape: Shape) -> String {
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
