//! Which actions page, and how, from the shapes of their request and answer: the one place
//! that decides it, for the generated `impl Paged` and `PAGED_ACTIONS` alike.
//!
//! - `Offset`/`Limit`: integer `Offset` and `Limit` members, with the integer `TotalCount`
//!   beside the items where the answer has one; unless the reviewed table says the action's `Offset` holds a
//!   page number (`offset-is-page`): then it pages by page number, `Offset` the page and `Limit`
//!   the size.
//! - Page numbers: an integer page member ([`PAGE_MEMBERS`]) and an integer size member
//!   ([`SIZE_MEMBERS`]). Whether pages count from 0 or 1 comes from the reviewed table
//!   (`paging-overrides.txt`); where it says nothing the paginator starts from the page the
//!   caller sets.
//! - Tokens: a string request member named as a token ([`TOKEN_SUFFIXES`]) that the answer
//!   gives back under the same name or `Next<name>`, at top level or in one object member of
//!   the answer (then the items and the flag are that object's), unless the table denies it.
//!
//! Every shape needs exactly one list: the items. For a token, the one beside it (at the
//! answer's top level, or in the object that holds the token); for an offset or a page number,
//! the one at the answer's top level, or where the top level has none, the one list of the one
//! object member that holds a list (`Result: {TotalCount, APIDocSet: [...]}`), the total then
//! read beside it. Of several lists, the one the API description does not mark disabled is the
//! items when all the others are. An action that is not online is left out, and so is one the
//! table marks `not-paged`.

mod overrides;

pub use overrides::{Overrides, Rule};

use crate::spec::{Member, Object, Spec, Status};

/// Request members that hold a page number, in the order they are looked for.
pub const PAGE_MEMBERS: &[&str] = &["PageNumber", "PageNum", "Page", "PageNo", "PageIndex"];
/// Request members that hold a page size, in the order they are looked for.
pub const SIZE_MEMBERS: &[&str] = &["PageSize", "Limit", "PerPage", "Size"];
/// Answer members that hold the total across pages, in the order they are looked for.
pub const TOTAL_MEMBERS: &[&str] = &["TotalCount", "Total", "TotalNum", "TotalCnt", "TotalRecordsCount"];
/// How a request member that may carry a page token ends.
pub const TOKEN_SUFFIXES: &[&str] = &["Token", "Marker", "Cursor", "Context", "ScrollId"];

/// How an action pages; members are indices into its request's or answer's members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `Offset` and `Limit`, with `TotalCount` where the answer has it.
    Offset {
        /// The request's `Offset`.
        offset: usize,
        /// The request's `Limit`.
        limit: usize,
        /// The answer's object member that holds `total` and `items`, when they are one object
        /// down rather than at the answer's top level.
        within: Option<usize>,
        /// The answer's `TotalCount`.
        total: Option<usize>,
        /// The answer's list.
        items: usize,
    },
    /// A page number and size.
    PageNumber {
        /// The request's page number.
        page: usize,
        /// The request's page size.
        size: usize,
        /// The first page's number, from the reviewed table, when it has one.
        base: Option<u64>,
        /// The answer's object member that holds `total` and `items`, when they are one object
        /// down rather than at the answer's top level.
        within: Option<usize>,
        /// The answer's total, when it has one ([`TOTAL_MEMBERS`]).
        total: Option<usize>,
        /// The answer's list.
        items: usize,
    },
    /// A token from each answer, sent back in the next request.
    Token {
        /// The request's token.
        token: usize,
        /// The answer's object member that holds `next`, `flag` and `items`, when they are
        /// one object down rather than at the answer's top level.
        within: Option<usize>,
        /// The answer's token for the next page: the same name, or `Next<name>`.
        next: usize,
        /// The answer's flag and its member, when it has one.
        flag: Option<(Flag, usize)>,
        /// The answer's list.
        items: usize,
    },
}

/// An answer's flag that says whether more pages follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// `ListOver`: true on the last page.
    ListOver,
    /// `IsTruncated`: true while more follow.
    IsTruncated,
    /// `HasMore`: true while more follow.
    HasMore,
}

impl Flag {
    const ALL: [(Flag, &'static str); 3] =
        [(Flag::ListOver, "ListOver"), (Flag::IsTruncated, "IsTruncated"), (Flag::HasMore, "HasMore")];
}

/// Why an action shaped as paged gets no paginator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LeftOut {
    /// Deprecated or offline.
    NotOnline,
    /// No list at the answer's top level nor in one of its object members: the items are
    /// further down, or there are none.
    NoList,
    /// Several lists where the items are looked for: which holds them is not certain.
    SeveralLists,
    /// Marked `not-paged` in the reviewed table.
    Reviewed,
}

impl Shape {
    /// The shape's name, as the generator reports it.
    pub fn name(&self) -> &'static str {
        match self {
            Shape::Offset { .. } => "offset",
            Shape::PageNumber { base: Some(0), .. } => "page-number from 0",
            Shape::PageNumber { base: Some(_), .. } => "page-number from 1",
            Shape::PageNumber { base: None, .. } => "page-number from the caller's page",
            Shape::Token { flag: Some(_), .. } => "token with a flag",
            Shape::Token { flag: None, .. } => "token",
        }
    }
}

/// How `action` of `spec` pages: `None` when its shape is not a paged one, `Some(Err)` when it
/// is but gets no paginator.
pub fn detect(spec: &Spec, overrides: &Overrides, action: &str, status: Status) -> Option<Result<Shape, LeftOut>> {
    let request = spec.objects.get(&format!("{action}Request"))?;
    let response = spec.objects.get(&format!("{action}Response"))?;
    let service = spec.service.as_str();
    let by_offset = match overrides.is_offset_a_page(service, action) {
        true => offset_as_page(spec, request, response, overrides.base(service, action)),
        false => offset(spec, request, response),
    };
    let candidate = by_offset
        .or_else(|| page_number(spec, request, response, overrides.base(service, action)))
        .or_else(|| token(spec, request, response, |name| overrides.is_not_token(service, name)))?;
    let verdict = match candidate {
        _ if status != Status::Online => Err(LeftOut::NotOnline),
        _ if overrides.is_not_paged(service, action) => Err(LeftOut::Reviewed),
        Err(left_out) => Err(left_out),
        Ok(items) => items,
    };
    Some(verdict)
}

/// The index of the one list at `object`'s top level; of several, the one the API description
/// does not mark disabled, when the others all are (ccc's `TelCdrs`, replaced by `TelCdrList`).
fn one_list(object: &Object) -> Result<usize, LeftOut> {
    let lists: Vec<(usize, &Member)> = object.members().iter().enumerate().filter(|(_, m)| m.is_list()).collect();
    let live: Vec<usize> = lists.iter().filter(|(_, m)| !m.disabled()).map(|(index, _)| *index).collect();
    match (lists.as_slice(), live.as_slice()) {
        ([], _) => Err(LeftOut::NoList),
        ([(index, _)], _) | (_, [index]) => Ok(*index),
        _ => Err(LeftOut::SeveralLists),
    }
}

/// Where the items of an offset or page-number answer are: the object member that holds them
/// (`None`: the answer itself), that holder, and the list's index in it. The answer's one list;
/// where it has none, the one list of its one object member that holds lists.
fn items_holder<'a>(spec: &'a Spec, response: &'a Object) -> Result<(Option<usize>, &'a Object, usize), LeftOut> {
    match one_list(response) {
        Ok(items) => return Ok((None, response, items)),
        Err(LeftOut::NoList) => {}
        Err(other) => return Err(other),
    }
    let mut holders = response.members().iter().enumerate().filter_map(|(index, member)| {
        let object = spec.objects.get(member.item()).filter(|_| !member.is_list())?;
        object.members().iter().any(Member::is_list).then_some((index, object))
    });
    match (holders.next(), holders.next()) {
        (None, _) => Err(LeftOut::NoList),
        (Some((index, holder)), None) => one_list(holder).map(|items| (Some(index), holder, items)),
        (Some(_), Some(_)) => Err(LeftOut::SeveralLists),
    }
}

type Candidate = Result<Result<Shape, LeftOut>, LeftOut>;

fn offset(spec: &Spec, request: &Object, response: &Object) -> Option<Candidate> {
    let (offset, limit) = (integer(request, "Offset")?, integer(request, "Limit")?);
    Some(Ok(items_holder(spec, response).map(|(within, holder, items)| {
        let total = integer(holder, "TotalCount");
        Shape::Offset { offset, limit, within, total, items }
    })))
}

fn offset_as_page(spec: &Spec, request: &Object, response: &Object, base: Option<u64>) -> Option<Candidate> {
    let (page, size) = (integer(request, "Offset")?, integer(request, "Limit")?);
    Some(Ok(by_page(spec, response, page, size, base)))
}

fn page_number(spec: &Spec, request: &Object, response: &Object, base: Option<u64>) -> Option<Candidate> {
    let page = PAGE_MEMBERS.iter().find_map(|wire| integer(request, wire))?;
    let size = SIZE_MEMBERS.iter().find_map(|wire| integer(request, wire))?;
    Some(Ok(by_page(spec, response, page, size, base)))
}

/// The page-number shape of an answer, its total read beside its items.
fn by_page(spec: &Spec, response: &Object, page: usize, size: usize, base: Option<u64>) -> Result<Shape, LeftOut> {
    items_holder(spec, response).map(|(within, holder, items)| {
        let total = TOTAL_MEMBERS.iter().find_map(|wire| count(holder, wire));
        Shape::PageNumber { page, size, base, within, total, items }
    })
}

fn token(spec: &Spec, request: &Object, response: &Object, is_denied: impl Fn(&str) -> bool) -> Option<Candidate> {
    let tokens = || {
        request.members().iter().enumerate().filter(|(_, member)| {
            let name = member.wire();
            is_string(member) && TOKEN_SUFFIXES.iter().any(|s| name.ends_with(s)) && !is_denied(name)
        })
    };
    // The answer's own members first; then each object member of the answer, in order.
    let holders =
        std::iter::once((None, response)).chain(response.members().iter().enumerate().filter_map(|(index, member)| {
            let object = spec.objects.get(member.item()).filter(|_| !member.is_list())?;
            Some((Some(index), object))
        }));
    for (within, holder) in holders {
        let found = tokens().find_map(|(index, member)| {
            let name = member.wire();
            let next = string(holder, name).or_else(|| string(holder, &format!("Next{name}")))?;
            Some((index, next))
        });
        let Some((token, next)) = found else { continue };
        let flag = Flag::ALL.iter().find_map(|(flag, wire)| {
            // Case aside: cdn's SearchClsLog spells it `Listover`.
            holder
                .members()
                .iter()
                .position(|m| m.wire().eq_ignore_ascii_case(wire) && !m.is_list() && is_flag(m))
                .map(|at| (*flag, at))
        });
        return Some(Ok(one_list(holder).map(|items| Shape::Token { token, within, next, flag, items })));
    }
    None
}

/// The index of the integer member named `wire`.
fn integer(object: &Object, wire: &str) -> Option<usize> {
    object.members().iter().position(|member: &Member| {
        member.wire() == wire && !member.is_list() && matches!(member.item(), "int64" | "uint64")
    })
}

/// The index of the member named `wire` that holds a count: an integer, or digits in a string.
fn count(object: &Object, wire: &str) -> Option<usize> {
    integer(object, wire).or_else(|| string(object, wire))
}

fn string(object: &Object, wire: &str) -> Option<usize> {
    object.members().iter().position(|member| member.wire() == wire && is_string(member))
}

fn is_string(member: &Member) -> bool {
    !member.is_list() && member.item() == "string"
}

fn is_flag(member: &Member) -> bool {
    matches!(member.item(), "bool" | "int64" | "uint64")
}

#[cfg(test)]
mod tests;
