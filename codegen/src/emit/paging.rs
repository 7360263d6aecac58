//! Paginators, only where the spec shows the shape for certain: a request with integer
//! `Offset` and `Limit` members whose response holds exactly one list and an integer
//! `TotalCount`. Such a request implements `Paged` through the runtime's `paged!`; others
//! (page numbers, whose base the spec does not give, and next tokens) get none, and so do
//! deprecated actions.

use super::Module;
use crate::names;
use crate::spec::{Member, Object, Status};

/// The page size asked for when a request leaves `Limit` unset: API 3.0's usual default, which
/// every service that takes `Limit` accepts.
const DEFAULT_LIMIT: u64 = 20;

/// `paged!(...)` for `action`, when it pages by `Offset`/`Limit` and is online.
pub(super) fn paged(m: &Module, action: &str, status: Status) -> Option<String> {
    if status != Status::Online {
        return None;
    }
    let request = m.spec.objects.get(&format!("{action}Request"))?;
    let response_name = format!("{action}Response");
    let response = m.spec.objects.get(&response_name)?;
    let offset = integer(request, "Offset")?;
    let limit = integer(request, "Limit")?;
    let total = integer(response, "TotalCount")?;
    let mut lists = response.members().iter().enumerate().filter(|(_, member)| member.is_list());
    let (index, items) = lists.next()?;
    if lists.next().is_some() {
        return None;
    }
    let field = |object: &Object, index: usize| names::fields(object.members()).swap_remove(index);
    let item = m.types.item(&response_name, items);
    Some(format!(
        "::tc3_runtime::__private::paged!({action} => {}: {item}, total: {}, offset: {}, limit: {}, default_size: {DEFAULT_LIMIT});\n",
        field(response, index),
        field(response, total),
        field(request, offset),
        field(request, limit),
    ))
}

/// The index of the integer member named `wire`.
fn integer(object: &Object, wire: &str) -> Option<usize> {
    object.members().iter().position(|member: &Member| {
        member.wire() == wire && !member.is_list() && matches!(member.item(), "int64" | "uint64")
    })
}
