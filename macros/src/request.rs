//! `request!(Type { field: value, .. })`: a struct literal that may leave out `Option`
//! fields. It becomes the derive's builder chain, so a missing required field fails to
//! compile naming it, and each literal value is checked in a constant against the field's
//! compile-time rules (through the builder's check mode, see the derive's `builder`).

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Expr, ExprStruct, Lit, Member, UnOp};

use crate::ctxt::Ctxt;

pub(crate) fn expand(input: &ExprStruct) -> TokenStream {
    let cx = Ctxt::new();
    if let Some(rest) = &input.rest {
        cx.error_spanned_by(
            rest,
            "expected `field: value` pairs only; `request!` leaves unset `Option` fields as `None`",
        );
    }
    if let Some(qself) = &input.qself {
        cx.error_spanned_by(&qself.ty, "expected a request type's path");
    }
    let path = &input.path;
    // Generated tokens of the chain sit on the braces, so a missing required field is
    // reported on the literal that leaves it out.
    let brace = input.brace_token.span.join();
    let mut checks = Vec::new();
    let mut chain = quote_spanned!(brace=> #path::builder());
    for field in &input.fields {
        let Member::Named(id) = &field.member else {
            cx.error_spanned_by(&field.member, "expected a field name");
            continue;
        };
        let value = &field.expr;
        // The check is the builder's method of the field's name, in check mode (see the derive's
        // `literal`), given `([literal], &[])`, or `([], &[items])` for a list of literals.
        // Every token but the field's name sits on the literal, so a failed check underlines
        // the value itself. It is evaluated in a constant (which `cargo check` reports too),
        // and called again in the chain, where it hands the builder and the literal to the
        // setter: a misspelled field or a literal of the wrong type is then the same diagnostic
        // each time, which rustc reports once.
        chain = match (literal(value), list_literal(value)) {
            (Some(lit), _) => {
                let span = lit.span();
                let path = respan(path.to_token_stream(), span);
                let check = |builder| quote_spanned!(span=> (*#path::__TC3_CHECK).#id(#builder, [#lit], &[]));
                checks.push(check(quote!(())));
                let checked = check(chain);
                // On the literal too, so that a setter refusing its type underlines the literal.
                let bound = quote_spanned!(span=> tc3_value);
                quote_spanned!(brace=> { let (tc3_builder, [#bound]) = #checked; tc3_builder.#id(#bound) })
            }
            (None, Some((items, span))) => {
                let path = respan(path.to_token_stream(), span);
                let check = |builder| quote_spanned!(span=> (*#path::__TC3_CHECK).#id(#builder, [], &[#(#items),*]));
                checks.push(check(quote!(())));
                let checked = check(chain);
                quote_spanned!(brace=> { let (tc3_builder, []) = #checked; tc3_builder.#id(#value) })
            }
            (None, None) => quote_spanned!(brace=> #chain .#id(#value)),
        };
    }
    let checks = checks.iter().map(|check| quote!(const _: () = { #check; };));
    let chain = quote_spanned!(brace=> #chain .build());
    match cx.check() {
        Ok(()) => quote!({ #(#checks)* #chain }),
        Err(errors) => errors.to_compile_error(),
    }
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

/// The literal a value is, or is written from: `"86"`, `-1`, `"86".into()`,
/// `String::from("86")`, or a constant (`MAINLAND`, `codes::MAINLAND.into()`), known at
/// compile time as well.
fn literal(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::Lit(lit) if matches!(lit.lit, Lit::Str(_) | Lit::Int(_) | Lit::Float(_) | Lit::Bool(_)) => Some(expr),
        Expr::Path(_) if is_constant(expr) => Some(expr),
        Expr::Unary(unary)
            if matches!(unary.op, UnOp::Neg(_))
                && matches!(&*unary.expr, Expr::Lit(lit) if matches!(lit.lit, Lit::Int(_) | Lit::Float(_))) =>
        {
            Some(expr)
        }
        Expr::Group(group) => literal(&group.expr),
        Expr::Paren(paren) => literal(&paren.expr),
        Expr::MethodCall(call)
            if call.args.is_empty() && ["into", "to_string", "to_owned"].iter().any(|m| call.method == m) =>
        {
            string_literal(&call.receiver)
        }
        Expr::Call(call) if call.args.len() == 1 && is_string_from(&call.func) => string_literal(&call.args[0]),
        _ => None,
    }
}

/// The items of a list written with literals only, `vec!["a".into(), "b".into()]` (each as
/// [`literal`] finds it), and the span of its brackets.
fn list_literal(expr: &Expr) -> Option<(Vec<Expr>, Span)> {
    match expr {
        Expr::Macro(mac) if mac.mac.path.is_ident("vec") => {
            let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
            let items = mac.mac.parse_body_with(parser).ok()?;
            let items = items.iter().map(|item| literal(item).cloned()).collect::<Option<Vec<_>>>()?;
            Some((items, mac.mac.delimiter.span().join()))
        }
        Expr::Group(group) => list_literal(&group.expr),
        _ => None,
    }
}

fn string_literal(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::Lit(lit) if matches!(lit.lit, Lit::Str(_)) => Some(expr),
        Expr::Path(_) if is_constant(expr) => Some(expr),
        _ => None,
    }
}

/// A path to a constant, by Rust's naming convention: its last segment is SCREAMING_CASE
/// (a capital letter, then capitals, digits and underscores) with no generic arguments.
/// Statics are named alike, and constants may read them.
fn is_constant(expr: &Expr) -> bool {
    let Expr::Path(path) = expr else { return false };
    let Some(last) = path.path.segments.last() else { return false };
    let name = last.ident.unraw().to_string();
    path.qself.is_none()
        && last.arguments.is_none()
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// `String::from` or a longer path ending in it.
fn is_string_from(func: &Expr) -> bool {
    let Expr::Path(path) = func else { return false };
    let text = path.path.to_token_stream().to_string().replace(' ', "");
    text == "String::from" || text.ends_with("::String::from")
}
