//! The checks of `request!`'s literals: the rules that can judge a value at compile time
//! (`digits`, `email`, `pattern`, `length`, `range`, `one_of`, `not_one_of`), one hidden
//! `const fn` per field named as the field, on the builder in check mode (`X::__TC3_CHECK`).
//! `request!` calls it in a constant for each literal or `vec![..]` of literals it is given,
//! so a bad literal fails the build, naming the wire field and the rule, and passes the setter
//! what it returns. Other rules wait for run time.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::LitStr;

use super::{Env, builder, expected};
use crate::ast::Field;
use crate::attr::{Bounds, Literal};
use crate::shape::{Scalar, int_bounds};

pub(super) fn checks(env: &Env) -> TokenStream {
    let methods: Vec<TokenStream> = env.cont.fields.iter().map(|field| check_fn(env, field)).collect();
    builder::check_mode(env, &methods)
}

/// The check of one field's literals, in check mode. `request!` calls it with
/// `(builder, [value], &[])` for a literal and with `(builder, [], &[item, ..])` for a
/// `vec![..]` of literals; it checks the form the field has (a value's rules, or a list's
/// `length` and each item's rules) and gives `builder` and `value` back, so that `request!`
/// passes the setter what it returns and a literal of the wrong type is reported once, on the
/// check. A literal of the other form passes, for the setter to report once. A misspelled
/// field is reported once too: the check's method is missing, so the builder handed back has
/// an error type, on which rustc reports nothing more (a second report, on the setter, was not
/// merged with the first when a long type name wrote each to a file of its own).
fn check_fn(env: &Env, field: &Field) -> TokenStream {
    let (vis, id) = (env.cont.vis, field.ident);
    let (lifetime, ty) = match field.shape.scalar {
        Scalar::Str => (quote!('v,), quote!(&'v str)),
        _ => {
            let ty = field.shape.item.unwrap_or(field.shape.value);
            (TokenStream::new(), quote!(#ty))
        }
    };
    let checks = if !env.rules {
        None
    } else if field.shape.is_list() {
        list_checks(env, field)
    } else {
        let each = body(env, field);
        (!each.is_empty()).then(|| quote!(if let [value] = value.as_slice() { let value = *value; #(#each)* }))
    };
    quote! {
        #[doc(hidden)]
        #[inline]
        #vis const fn #id<#lifetime B, const N: usize>(&self, builder: B, value: [#ty; N], items: &[#ty]) -> (B, [#ty; N]) {
            let _ = items;
            #checks
            (builder, value)
        }
    }
}

/// A list literal's checks (`N == 0`: `request!` gave its items): the list's `length`, then
/// each item's rules.
fn list_checks(env: &Env, field: &Field) -> Option<TokenStream> {
    let mut checks = Vec::new();
    if let Some(bounds) = &field.attrs.length {
        let fail = panic_on(field, "length", &expected::bounds(bounds, Some("item")));
        if let Some(broken) = out_of_bounds(&quote!(count), bounds, (0, i128::MAX)) {
            checks.push(quote!({ let count = items.len(); if #broken { #fail } }));
        }
    }
    let each = body(env, field);
    if !each.is_empty() {
        checks.push(quote! {
            let mut index = 0;
            while index < items.len() {
                let value = items[index];
                #(#each)*
                index += 1;
            }
        });
    }
    (!checks.is_empty()).then(|| quote!(if N == 0 { #(#checks)* }))
}

/// `panic!("Wire breaks `rule`: words")`, the message of a failed compile-time check.
fn panic_on(field: &Field, rule: &str, words: &str) -> TokenStream {
    let message = format!("{} breaks `{rule}`: {words}", field.wire_name()).replace('{', "{{").replace('}', "}}");
    let message = LitStr::new(&message, proc_macro2::Span::call_site());
    quote!(::core::panic!(#message))
}

/// `if <broken> { panic!("Wire breaks `rule`: ...") }` for each const-checkable rule.
/// For a list, the rules of each item: `length` counts the items, so it is not among them.
fn body(env: &Env, field: &Field) -> Vec<TokenStream> {
    let p = &env.private;
    let attrs = &field.attrs;
    let list = field.shape.is_list();
    let fail = |rule: &str, words: &str| panic_on(field, rule, words);
    let mut checks = Vec::new();
    match field.shape.scalar {
        Scalar::Str => {
            if attrs.digits.is_some() {
                let fail = fail("digits", expected::DIGITS);
                checks.push(quote!(if !#p::rules::is_digits(value) { #fail }));
            }
            if attrs.email.is_some() {
                // Undecided (letters beyond ASCII in the domain): left to the call.
                let fail = fail("email", expected::EMAIL);
                let verdict = quote!(#p::rules::email_verdict(value, false));
                checks.push(quote!(if let ::core::option::Option::Some(false) = #verdict { #fail }));
            }
            if let Some(pattern) = &attrs.pattern {
                // Beyond what the automaton reads (see `matcher`), left to the call.
                if let Some(automaton) = crate::matcher::build(&pattern.value()) {
                    let fail = fail("pattern", &expected::pattern(&pattern.value()));
                    let matcher = automaton.to_tokens(p);
                    checks.push(quote!({
                        const MATCHER: #p::rules::Matcher = #matcher;
                        if !MATCHER.is_match(value) { #fail }
                    }));
                }
            }
            if let Some(bounds) = attrs.length.as_ref().filter(|_| !list) {
                let fail = fail("length", &expected::bounds(bounds, Some("character")));
                if let Some(broken) = out_of_bounds(&quote!(count), bounds, (0, i128::MAX)) {
                    checks.push(quote!({ let count = #p::rules::char_count(value); if #broken { #fail } }));
                }
            }
            for (rule, choices, negated) in [("one_of", &attrs.one_of, false), ("not_one_of", &attrs.not_one_of, true)]
            {
                let Some(choices) = choices else { continue };
                let fail = fail(rule, &expected::choices(choices, negated));
                let values = &choices.values;
                let listed = quote!(#(#p::rules::str_eq(value, #values))||*);
                checks.push(if negated { quote!(if #listed { #fail }) } else { quote!(if !(#listed) { #fail }) });
            }
        }
        Scalar::Int(int) => {
            if let Some(bounds) = &attrs.range {
                let fail = fail("range", &expected::bounds(bounds, None));
                if let Some(broken) = out_of_bounds(&quote!(value), bounds, int_bounds(int)) {
                    checks.push(quote!(if #broken { #fail }));
                }
            }
            for (rule, choices, negated) in [("one_of", &attrs.one_of, false), ("not_one_of", &attrs.not_one_of, true)]
            {
                let Some(choices) = choices else { continue };
                let fail = fail(rule, &expected::choices(choices, negated));
                let values = &choices.values;
                let listed = quote!(#(value == #values)||*);
                checks.push(if negated { quote!(if #listed { #fail }) } else { quote!(if !(#listed) { #fail }) });
            }
        }
        Scalar::Float => {
            if let Some(bounds) = &attrs.range {
                let fail = fail("range", &expected::bounds(bounds, None));
                let floats = Bounds {
                    span: bounds.span,
                    min: bounds.min.as_ref().map(Literal::to_float),
                    max: bounds.max.as_ref().map(Literal::to_float),
                };
                if let Some(broken) = out_of_bounds(&quote!(value), &floats, (i128::MIN, i128::MAX)) {
                    checks.push(quote!(if #broken { #fail }));
                }
            }
        }
        Scalar::Bool | Scalar::Other => {}
    }
    checks
}

/// `value < MIN || value > MAX`, leaving out a bound the type already guarantees (a
/// comparison that is always false would trip rustc's `unused_comparisons`); `None` when
/// no value of the type can break the bounds.
fn out_of_bounds(value: &TokenStream, bounds: &Bounds, (type_min, type_max): (i128, i128)) -> Option<TokenStream> {
    // `min = N, max = N`: one comparison, as clippy's `double_comparisons` asks.
    if let (Some(min), Some(max)) = (&bounds.min, &bounds.max) {
        if min.to_token_stream().to_string() == max.to_token_stream().to_string() {
            return Some(quote!(#value != #min));
        }
    }
    let mut tests = Vec::new();
    if let Some(min) =
        bounds.min.as_ref().filter(|min| !matches!(min, Literal::Int { value, .. } if *value <= type_min))
    {
        tests.push(quote!(#value < #min));
    }
    if let Some(max) =
        bounds.max.as_ref().filter(|max| !matches!(max, Literal::Int { value, .. } if *value >= type_max))
    {
        tests.push(quote!(#value > #max));
    }
    (!tests.is_empty()).then(|| quote!(#(#tests)||*))
}
