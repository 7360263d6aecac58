//! The derives of tc3, `#[derive(Action)]` and `#[derive(Object)]`, and `request!`; use them
//! through the `tc3` crate, whose documentation describes them.
//!
//! Each derive runs attr -> ast -> check -> expand: `attr` reads `#[tc3(...)]`, `ast` builds
//! the model and rejects unsupported shapes, `check` decides what the values mean, and
//! `expand` generates code. Errors are collected in a `Ctxt` so one build shows them all,
//! and the output after errors still holds stub items so call sites do not fail again.

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod expand;
mod matcher;
mod raw_body;
mod request;
mod shape;
mod stub;

use proc_macro::TokenStream;
use syn::{DeriveInput, ExprStruct, parse_macro_input};

use crate::ast::Derive;

/// Derives `tc3::Action` for a request struct, with its wire format, `Debug` and rules.
#[proc_macro_derive(Action, attributes(tc3))]
pub fn derive_action(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Derive::Action).into()
}

/// Derives the wire format, `Debug` and rules of an object nested in requests or responses.
#[proc_macro_derive(Object, attributes(tc3))]
pub fn derive_object(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Derive::Object).into()
}

/// `request!(Type { field: value, .. })`: builds a request, checked at compile time.
#[proc_macro]
pub fn request(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as ExprStruct);
    request::expand(&input).into()
}
