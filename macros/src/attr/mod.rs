//! Reads `#[tc3(...)]`: syntax, kinds of values and duplicate keys. What the values mean is
//! checked later, in `check`.

pub(crate) mod container;
pub(crate) mod field;
mod value;

pub(crate) use container::ContainerAttrs;
pub(crate) use field::{Bounds, Choices, FieldAttrs};
pub(crate) use value::Literal;

use proc_macro2::Span;
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, Lit, LitStr, Path, Token};

use crate::ctxt::Ctxt;

/// The key as written: `length`, or `a::b` for a path the user should not have written.
fn key_name(path: &Path) -> String {
    path.to_token_stream().to_string().replace(' ', "")
}

fn unknown_key(cx: &Ctxt, meta: &ParseNestedMeta, accepted: &[&str]) -> syn::Result<()> {
    let accepted: Vec<String> = accepted.iter().map(|key| format!("`{key}`")).collect();
    cx.error_spanned_by(
        &meta.path,
        format!("unknown tc3 attribute `{}`; expected one of {}", key_name(&meta.path), accepted.join(", ")),
    );
    skip_value(meta)
}

/// Consumes `= value` or `(...)` after a key, so parsing goes on with the next key.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.input.parse::<Token![=]>()?;
        meta.input.parse::<Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// Stores a key's value, or reports the key as a duplicate of an earlier one.
fn set<T>(cx: &Ctxt, slot: &mut Option<T>, meta: &ParseNestedMeta, value: T) {
    if slot.is_some() {
        cx.error_spanned_by(&meta.path, format!("duplicate tc3 attribute `{}`", key_name(&meta.path)));
    } else {
        *slot = Some(value);
    }
}

/// A key that takes no value: `digits`, `sensitive`, `idempotent`.
fn flag(cx: &Ctxt, meta: &ParseNestedMeta, slot: &mut Option<Span>) -> syn::Result<()> {
    if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
        cx.error_spanned_by(&meta.path, format!("expected `{}` alone; it takes no value", key_name(&meta.path)));
        skip_value(meta)?;
    }
    set(cx, slot, meta, meta.path.span());
    Ok(())
}

/// The value of `key = <expr>`, or `None` (with an error naming `expected`) when there is no `=`.
fn expr_value(cx: &Ctxt, meta: &ParseNestedMeta, expected: &str) -> syn::Result<Option<Expr>> {
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(&meta.path, format!("expected {expected}"));
        skip_value(meta)?;
        return Ok(None);
    }
    Ok(Some(meta.value()?.parse::<Expr>()?))
}

/// The string of `key = "..."`.
fn string_value(cx: &Ctxt, meta: &ParseNestedMeta, expected: &str) -> syn::Result<Option<LitStr>> {
    Ok(match expr_value(cx, meta, expected)? {
        Some(Expr::Lit(ExprLit { lit: Lit::Str(lit), .. })) => Some(lit),
        Some(other) => {
            cx.error_spanned_by(other, format!("expected {expected}"));
            None
        }
        None => None,
    })
}

/// A value that is a Rust path or type, written bare (`response = Resp`) or in a string
/// (`crate = "::tc3"`); a string is parsed with the literal's span so errors land on it.
fn parsed_value<T: syn::parse::Parse>(cx: &Ctxt, meta: &ParseNestedMeta, expected: &str) -> syn::Result<Option<T>> {
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(&meta.path, format!("expected {expected}"));
        skip_value(meta)?;
        return Ok(None);
    }
    let input = meta.value()?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Ok(lit.parse::<T>().map_err(|_| cx.error_spanned_by(&lit, format!("expected {expected}"))).ok());
    }
    Ok(Some(input.parse::<T>()?))
}
