//! The partner API's `paging.rs`: `paged!` for every action that takes `Page` and `PageSize`
//! (the impl is written once, in the runtime's paging).

use super::Partner;
use super::overlay::Resolved;
use crate::names::field;

impl Partner<'_> {
    /// The text of `paging.rs`.
    pub(super) fn paging(&self) -> String {
        let mut lines = Vec::new();
        for action in self.spec.actions.keys() {
            let request = &self.spec.object(&format!("{action}Request")).members;
            if !request.iter().any(|m| m.name == "Page") {
                continue;
            }
            let response = &self.spec.object(&format!("{action}Response")).members;
            let items =
                response.iter().find(|m| m.kind == "list").unwrap_or_else(|| panic!("{action} answers no list"));
            let total =
                response.iter().find(|m| ["Total", "TotalCount", "TotalRecordsCount"].contains(&m.name.as_str()));
            let most_200 = self
                .overlay
                .rules(&format!("{action}Request"), "PageSize")
                .iter()
                .any(|r| matches!(r, Resolved::Text(t) if t == "range(min = 1, max = 200)"));
            let default = if most_200 { 200 } else { 100 };
            let total = total.map(|t| format!("total: {}, ", field(&t.name))).unwrap_or_default();
            lines.push(format!(
                "paged!({action} => {}: {}, {total}default_size: {default});",
                field(&items.name),
                items.member
            ));
        }
        format!(
            "//! Paging for the actions that take `Page` and `PageSize`.\n\n{}\nuse super::*;\nuse crate::__private::paged;\n\n{}\n",
            super::HEADER,
            lines.join("\n")
        )
    }
}
