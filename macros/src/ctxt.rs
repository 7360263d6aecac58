//! The error accumulator: every stage records what it finds and goes on, so one build shows
//! every mistake of a struct.

use std::cell::RefCell;
use std::fmt::Display;

use proc_macro2::Span;
use quote::ToTokens;

/// Errors found so far while reading one struct.
pub(crate) struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
}

impl Ctxt {
    pub(crate) fn new() -> Self {
        Ctxt { errors: RefCell::new(Vec::new()) }
    }

    /// Records `message` on the tokens of `culprit`.
    pub(crate) fn error_spanned_by<T: ToTokens, M: Display>(&self, culprit: T, message: M) {
        self.errors.borrow_mut().push(syn::Error::new_spanned(culprit.into_token_stream(), message));
    }

    /// Records `message` at `span`.
    pub(crate) fn error_at<M: Display>(&self, span: Span, message: M) {
        self.errors.borrow_mut().push(syn::Error::new(span, message));
    }

    /// Records an error produced by a parser.
    pub(crate) fn syn_error(&self, error: syn::Error) {
        self.errors.borrow_mut().push(error);
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.borrow().is_empty()
    }

    /// All errors combined into one, or `Ok` when there were none.
    pub(crate) fn check(self) -> syn::Result<()> {
        let mut errors = self.errors.into_inner().into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            combined.combine(error);
        }
        Err(combined)
    }
}
