//! `impl Validate`: every rule of every field, run on values only known at run time; all
//! violations are collected, none stops the others. Given a site, fields that site alone
//! requires are checked too, in the object and in the objects nested in it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::{Env, expected};
use crate::ast::Field;
use crate::attr::Literal;
use crate::check::site_variant;
use crate::shape::Scalar;

pub(super) fn validate(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let mut checks: Vec<TokenStream> = if env.rules {
        env.cont.fields.iter().flat_map(|f| [required_on(env, f), field(env, f)].into_iter().flatten()).collect()
    } else {
        Vec::new()
    };
    if let Some(path) = env.cont.attrs.custom.as_ref().filter(|_| env.rules) {
        // Called, spanned on the path, so a missing or mistyped function is reported there.
        let call = quote_spanned! {path.span()=>
            let tc3_checked: ::core::result::Result<(), #p::Violation> = #path(self);
        };
        checks.push(quote! {
            #call
            if let ::core::result::Result::Err(tc3_violation) = tc3_checked {
                tc3_out.push(tc3_violation);
            }
        });
    }
    let out = if checks.is_empty() { quote!(_tc3_out) } else { quote!(tc3_out) };
    let site = if is_site_dependent(env) { quote!(tc3_site) } else { quote!(_tc3_site) };
    quote! {
        #[automatically_derived]
        impl #p::Validate for #ident {
            #[inline]
            fn collect_violations(
                &self,
                #site: ::core::option::Option<#p::Site>,
                #out: &mut ::std::vec::Vec<#p::Violation>,
            ) {
                #(#checks)*
            }
        }
    }
}

/// Whether the checks depend on the site: a field required on one site, or an object nested
/// in a field, which may have such a field.
pub(super) fn is_site_dependent(env: &Env) -> bool {
    env.rules && env.cont.fields.iter().any(|f| f.attrs.required_on.is_some() || f.attrs.nested.is_some())
}

/// The check of a field that one site requires: given that site, it must be set.
fn required_on(env: &Env, field: &Field) -> Option<TokenStream> {
    let p = &env.private;
    let variant = format_ident!("{}", site_variant(field.attrs.required_on.as_ref()?)?);
    let (id, wire) = (field.ident, field.wire_name());
    Some(quote! {
        if tc3_site == ::core::option::Option::Some(#p::Site::#variant) && self.#id.is_none() {
            tc3_out.push(#p::rules::required_on(#wire, #p::Site::#variant));
        }
    })
}

/// The checks of one field; `tc3_value` is the field's value without its `Option`.
fn field(env: &Env, field: &Field) -> Option<TokenStream> {
    let p = &env.private;
    let attrs = &field.attrs;
    let mut on_value = Vec::new();
    if let Some(bounds) = &attrs.length {
        let (count, unit) = if field.shape.is_list() {
            (quote!(tc3_value.len()), "item")
        } else {
            (quote!(#p::rules::char_count(tc3_value)), "character")
        };
        let words = expected::bounds(bounds, Some(unit));
        let (min, max) = (option(bounds.min.as_ref()), option(bounds.max.as_ref()));
        on_value.push(quote! {
            if !#p::rules::within(#count, #min, #max) {
                tc3_out.push(#p::Violation::new(tc3_field, "length", #words));
            }
        });
    }
    if attrs.header.is_some() {
        let words = expected::HEADER;
        on_value.push(quote! {
            if !#p::rules::is_header_value(tc3_value) {
                tc3_out.push(#p::Violation::new(tc3_field, "header", #words));
            }
        });
    }
    if let Some(path) = &attrs.custom {
        // Called, not coerced to a `fn` pointer, so `fn(&str)` works for a `String` field; the
        // call is spanned on the path so a missing or mistyped function is reported there.
        let call = quote_spanned! {path.span()=>
            let tc3_checked: ::core::result::Result<(), ::std::string::String> = #path(tc3_value);
        };
        on_value.push(quote! {
            #call
            if let ::core::result::Result::Err(tc3_message) = tc3_checked {
                tc3_out.push(#p::Violation::new(tc3_field, "custom", tc3_message));
            }
        });
    }
    let on_item = item_checks(env, field);
    if !on_item.is_empty() {
        on_value.push(if field.shape.is_list() {
            quote! {
                for (tc3_index, tc3_item) in tc3_value.iter().enumerate() {
                    let tc3_path = #p::rules::element_path(tc3_field, tc3_index);
                    let tc3_path = tc3_path.as_str();
                    #(#on_item)*
                }
            }
        } else {
            quote! {
                let (tc3_item, tc3_path) = (tc3_value, tc3_field);
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
            if let ::core::option::Option::Some(tc3_value) = &self.#id {
                let tc3_field = #wire;
                #(#on_value)*
            }
        }
    } else {
        quote! {
            {
                let (tc3_value, tc3_field) = (&self.#id, #wire);
                #(#on_value)*
            }
        }
    })
}

/// Rules on single values, applied to each item of a list; `tc3_item` is the value,
/// `tc3_path` its wire path. Locals carry a `tc3_` prefix so a `custom` function's name
/// cannot be shadowed by them.
fn item_checks(env: &Env, field: &Field) -> Vec<TokenStream> {
    let p = &env.private;
    let attrs = &field.attrs;
    let violation = |rule: &str, words: &str| quote!(tc3_out.push(#p::Violation::new(tc3_path, #rule, #words)););
    let mut checks = Vec::new();
    if let Some(bounds) = &attrs.range {
        let float = |bound: Option<&Literal>| match field.shape.scalar {
            Scalar::Float => bound.map(Literal::to_float),
            _ => bound.cloned(),
        };
        let (min, max) = (option(float(bounds.min.as_ref()).as_ref()), option(float(bounds.max.as_ref()).as_ref()));
        let push = violation("range", &expected::bounds(bounds, None));
        checks.push(quote!(if !#p::rules::within(*tc3_item, #min, #max) { #push }));
    }
    if attrs.digits.is_some() {
        let push = violation("digits", expected::DIGITS);
        checks.push(quote!(if !#p::rules::is_digits(tc3_item) { #push }));
    }
    if attrs.email.is_some() {
        let push = violation("email", expected::EMAIL);
        checks.push(quote!(if !#p::rules::is_email(tc3_item) { #push }));
    }
    if let Some(pattern) = &attrs.pattern {
        let push = violation("pattern", &expected::pattern(&pattern.value()));
        checks.push(quote! {
            static PATTERN: #p::rules::Pattern = #p::rules::Pattern::new(#pattern);
            if !PATTERN.is_match(tc3_item) { #push }
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
                if #bang #p::rules::is_one_of(tc3_item, LISTED) { #push }
            }
        });
    }
    if let Some(span) = attrs.nested {
        checks.push(quote_spanned!(span=> #p::rules::nested(tc3_path, tc3_item, tc3_site, tc3_out);));
    }
    checks
}

fn option<T: quote::ToTokens>(value: Option<&T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
