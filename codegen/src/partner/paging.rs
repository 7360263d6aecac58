//! The partner API's `paging.rs`: `paged!` for every action that takes `Page` and `PageSize`
//! (the impl is written once, in the runtime's paging).

use super::Partner;
use super::overlay::Resolved;
use crate::names::field;

impl Partner<'_> {
    /// The text of `paging.rs`.
    pub(super) fn paging(&self) -> String {
        let mut lines = Vec::new();
        for action in self.actions() {
            let request = self.described(&format!("{action}Request")).members();
            if !request.iter().any(|m| m.wire() == "Page") {
                continue;
            }
            let response = self.described(&format!("{action}Response")).members();
            let items = response.iter().find(|m| m.is_list()).unwrap_or_else(|| panic!("{action} answers no list"));
            let total = response.iter().find(|m| ["Total", "TotalCount", "TotalRecordsCount"].contains(&m.wire()));
            let most_200 = self
                .overlay
                .rules(&format!("{action}Request"), "PageSize")
                .iter()
                .any(|r| matches!(r, Resolved::Text(t) if t == "range(min = 1, max = 200)"));
            let default = if most_200 { 200 } else { 100 };
            let total = total.map(|t| format!("total: {}, ", field(t.wire()))).unwrap_or_default();
            lines.push(format!(
                "paged!({action} => {}: {}, {total}default_size: {default});",
                field(items.wire()),
                items.item()
            ));
        }
        format!(
            "//! Paging for the actions that take `Page` and `PageSize`.\n\n{}\nuse super::*;\nuse crate::__private::paged;\n\n{}\n",
            super::HEADER,
            lines.join("\n")
        )
    }
}
