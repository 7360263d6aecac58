//! `impl Validate`: every rule of every field, run on values only known at run time; all
//! violations are collected, none stops the others.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::{Env, expected};
use crate::ast::Field;
use crate::attr::Literal;
use crate::shape::Scalar;

pub(super) fn validate(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let checks: Vec<TokenStream> =
        if env.rules { env.cont.fields.iter().filter_map(|f| field(env, f)).collect() } else { Vec::new() };
    let out = if checks.is_empty() { quote!(_out) } else { quote!(out) };
    quote! {
        #[automatically_derived]
        impl #p::Validate for #ident {
            fn collect_violations(&self, #out: &mut ::std::vec::Vec<#p::Violation>) {
                #(#checks)*
            }
        }
    }
}

/// The checks of one field; `value` is the field's value without its `Option`.
fn field(env: &Env, field: &Field) -> Option<TokenStream> {
    let p = &env.private;
    let attrs = &field.attrs;
    let mut on_value = Vec::new();
    if let Some(bounds) = &attrs.length {
        let (count, unit) = if field.shape.is_list() {
            (quote!(value.len()), "item")
        } else {
            (quote!(#p::rules::char_count(value)), "character")
        };
        let words = expected::bounds(bounds, Some(unit));
        let (min, max) = (option(bounds.min.as_ref()), option(bounds.max.as_ref()));
        on_value.push(quote! {
            if !#p::rules::within(#count, #min, #max) {
                out.push(#p::Violation::new(field, "length", #words));
            }
        });
    }
    if let Some(path) = &attrs.custom {
        // Called, not coerced to a `fn` pointer, so `fn(&str)` works for a `String` field; the
        // call is spanned on the path so a missing or mistyped function is reported there.
        let call = quote_spanned! {path.span()=>
            let checked: ::core::result::Result<(), ::std::string::String> = #path(value);
        };
        on_value.push(quote! {
            #call
            if let ::core::result::Result::Err(message) = checked {
                out.push(#p::Violation::new(field, "custom", message));
            }
        });
    }
    let on_item = item_checks(env, field);
    if !on_item.is_empty() {
        on_value.push(if field.shape.is_list() {
            quote! {
                for (index, item) in value.iter().enumerate() {
                    let path = #p::rules::element_path(field, index);
                    let path = path.as_str();
                    #(#on_item)*
                }
            }
        } else {
            quote! {
                let (item, path) = (value, field);
                #(#on_item)*
            }
        });
    }
    if on_value.is_empty() {
        return None;
    }
    let (id, wire) = (field.ident, field.wire_name());
    Some(if field.shape.optional {
        quote! {
            if let ::core::option::Option::Some(value) = &self.#id {
                let field = #wire;
                #(#on_value)*
            }
        }
    } else {
        quote! {
            {
                let (value, field) = (&self.#id, #wire);
                #(#on_value)*
            }
        }
    })
}

/// Rules on single values, applied to each item of a list; `item` is the value, `path` its wire path.
fn item_checks(env: &Env, field: &Field) -> Vec<TokenStream> {
    let p = &env.private;
    let attrs = &field.attrs;
    let violation = |rule: &str, words: &str| quote!(out.push(#p::Violation::new(path, #rule, #words)););
    let mut checks = Vec::new();
    if let Some(bounds) = &attrs.range {
        let float = |bound: Option<&Literal>| match field.shape.scalar {
            Scalar::Float => bound.map(Literal::to_float),
            _ => bound.cloned(),
        };
        let (min, max) = (option(float(bounds.min.as_ref()).as_ref()), option(float(bounds.max.as_ref()).as_ref()));
        let push = violation("range", &expected::bounds(bounds, None));
        checks.push(quote!(if !#p::rules::within(*item, #min, #max) { #push }));
    }
    if attrs.digits.is_some() {
        let push = violation("digits", expected::DIGITS);
        checks.push(quote!(if !#p::rules::is_digits(item) { #push }));
    }
    if attrs.email.is_some() {
        let push = violation("email", expected::EMAIL);
        checks.push(quote!(if !#p::rules::is_email(item) { #push }));
    }
    if let Some(pattern) = &attrs.pattern {
        let push = violation("pattern", &expected::pattern(&pattern.value()));
        checks.push(quote! {
            static PATTERN: #p::rules::Pattern = #p::rules::Pattern::new(#pattern);
            if !PATTERN.is_match(item) { #push }
        });
    }
    let listed_type = match field.shape.scalar {
        Scalar::Str => quote!(&str),
        _ => {
            let ty = field.shape.checked();
            quote!(#ty)
        }
    };
    for (rule, choices, negated) in [("one_of", &attrs.one_of, false), ("not_one_of", &attrs.not_one_of, true)] {
        let Some(choices) = choices else { continue };
        let push = violation(rule, &expected::choices(choices, negated));
        let values = &choices.values;
        let bang = (!negated).then(|| quote!(!));
        checks.push(quote! {
            {
                const LISTED: &[#listed_type] = &[#(#values),*];
                if #bang #p::rules::is_one_of(item, LISTED) { #push }
            }
        });
    }
    if let Some(span) = attrs.nested {
        checks.push(quote_spanned!(span=> #p::rules::nested(path, item, out);));
    }
    checks
}

fn option<T: quote::ToTokens>(value: Option<&T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
