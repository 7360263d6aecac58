//! The partner API's paging, decided and written as the catalogue's is: which actions page,
//! and how, by [`crate::paging::detect`] (with the reviewed table, which says its pages count
//! from 1), each through the runtime's `paged!` ([`crate::emit::paging`]). What the partner API
//! adds is its default page size: the most its `PageSize` rules allow, 100 or 200.

use super::Partner;
use super::overlay::Resolved;
use crate::emit::paging::{Names, paged_actions, paged_macro};
use crate::names::field;
use crate::paging::{Overrides, Shape, detect};

impl Partner<'_> {
    /// Each paged action, in the spec's order, with its shape. Panics on an action shaped as
    /// paged that gets no paginator, or that pages other than by page number from 1: the
    /// partner API's paginators are part of its public surface.
    pub(super) fn paged(&self) -> Vec<(&str, Shape)> {
        let paged = self.spec.actions.iter().filter_map(|(action, status)| {
            let shape = detect(self.spec, Overrides::reviewed(), action, *status)?;
            let shape = shape.unwrap_or_else(|why| panic!("{action} looks paged but gets no paginator: {why:?}"));
            assert!(
                matches!(shape, Shape::PageNumber { base: Some(1), .. }),
                "{action} pages {}, not by page number from 1",
                shape.name()
            );
            Some((action.as_str(), shape))
        });
        paged.collect()
    }

    /// The text of `paging.rs`.
    pub(super) fn paging(&self) -> String {
        let names = Names {
            field: &|object: &str, index: usize| field(self.described(object).members()[index].wire()),
            item: &|object: &str, index: usize| self.described(object).members()[index].item().to_owned(),
        };
        let lines: Vec<String> = self
            .paged()
            .into_iter()
            .map(|(action, shape)| {
                let most_200 = self
                    .overlay
                    .rules(&format!("{action}Request"), "PageSize")
                    .iter()
                    .any(|r| matches!(r, Resolved::Text(t) if t == "range(min = 1, max = 200)"));
                let default_size = if most_200 { 200 } else { 100 };
                paged_macro("crate::__private", self.spec, action, shape, &names, default_size)
            })
            .collect();
        format!(
            "//! Paging for the actions that take `Page` and `PageSize`.\n\n{}\nuse super::*;\n\n{}",
            super::HEADER,
            lines.concat()
        )
    }

    /// `PAGED_ACTIONS`, for `mod.rs`.
    pub(super) fn paged_actions(&self) -> String {
        paged_actions("crate", &self.paged())
    }
}
