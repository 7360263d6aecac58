//! The typestate builder behind `request!`: `X::builder().a(..).b(..).build()`. Each
//! required field is a type parameter that starts as `Unset`; `build()` needs every one set,
//! and a missing one fails with a message naming the parameter.
//!
//! The builder's first parameter is its mode. In `Build` mode it has the setters; in `Check`
//! mode (`X::__TC3_CHECK`, a constant) a `const fn` of the same name per field runs the
//! field's compile-time checks on a literal or a list literal's items and gives the literal
//! back (written by `literal`). `request!` goes through it and the setter, so a misspelled
//! field is the same missing method of one type each time, which rustc reports once.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::Env;
use crate::ast::Field;
use crate::case::pascal_case;
use crate::shape::Scalar;

pub(super) fn builder(env: &Env) -> TokenStream {
    let p = &env.private;
    let (ident, vis) = (env.cont.ident, env.cont.vis);
    let pascal = pascal_case(&ident.to_string());
    let builder = name(env);
    let fields = &env.cont.fields;
    let required = required(env);
    let params = params(&required);
    let needs: Vec<Ident> = required
        .iter()
        .map(|field| format_ident!("{}Needs{}", pascal, pascal_case(&field.name()), span = ident.span()))
        .collect();
    let generics = moded(&quote!(M), &params);
    let building = moded(&quote!(#p::Build), &params);
    let params_only = angle(&params);

    let slots = fields.iter().map(|field| {
        let id = field.ident;
        match required.iter().position(|req| req.ident == id) {
            Some(index) => {
                let param = &params[index];
                quote!(#id: #param)
            }
            None => {
                let ty = field.ty;
                quote!(#id: #ty)
            }
        }
    });
    let starts = starts(env);
    let start = moded(&quote!(#p::Build), &vec![quote!(#p::Unset); required.len()]);

    let setters = fields.iter().map(|field| {
        let id = field.ident;
        let (arg, value) = argument(field);
        let doc = format!("Sets `{}` (wire name `{}`).", field.name(), field.wire_name());
        match required.iter().position(|req| req.ident == id) {
            Some(index) => {
                let ty = field.ty;
                let mut after: Vec<TokenStream> = params.iter().map(|param| quote!(#param)).collect();
                after[index] = quote!(#ty);
                let after = moded(&quote!(#p::Build), &after);
                let moved = fields.iter().filter(|other| other.ident != id).map(|other| other.ident);
                quote! {
                    #[doc = #doc]
                    #[inline]
                    #vis fn #id(self, value: #arg) -> #builder #after {
                        #builder { #id: #value, #(#moved: self.#moved,)* __tc3_mode: ::core::marker::PhantomData }
                    }
                }
            }
            None => quote! {
                #[doc = #doc]
                #[inline]
                #vis fn #id(self, value: #arg) -> Self {
                    #builder { #id: ::core::option::Option::Some(#value), ..self }
                }
            },
        }
    });

    // A required field's state is its value once `build()`'s bounds hold (`F0: XNeedsA`, a
    // trait with `Into<A>` as supertrait, implemented by `A` alone).
    let taken = fields.iter().map(|field| {
        let id = field.ident;
        if field.shape.optional { quote!(#id: self.#id) } else { quote!(#id: ::core::convert::Into::into(self.#id)) }
    });
    let traits = required.iter().zip(&needs).map(|(field, need)| {
        let ty = field.ty;
        let name = field.name();
        let message = format!("missing required parameter `{name}` of `{ident}`");
        let label = format!("`{name}` is not set");
        let note = format!("set it with `.{name}(..)` before `.build()`, or write `{name}: ..` in `tc3::request!`");
        quote! {
            #[doc(hidden)]
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
            #vis trait #need: ::core::convert::Into<#ty> {}
            impl #need for #ty {}
        }
    });
    let builder_doc = format!("Builds a [`{ident}`]; every required field must be set before `build()`.");
    let start_doc = format!("Starts a [`{ident}`] with no field set.");
    let builder_name = builder.to_string();

    quote! {
        #[doc = #builder_doc]
        #[must_use]
        #vis struct #builder #generics { #(#slots,)* __tc3_mode: ::core::marker::PhantomData<M> }

        #(#traits)*

        impl #ident {
            #[doc = #start_doc]
            #[inline]
            #vis fn builder() -> #builder #start {
                #builder { #(#starts,)* __tc3_mode: ::core::marker::PhantomData }
            }
        }

        impl #params_only #builder #building {
            #(#setters)*

            /// The finished value; fails to compile while a required field is unset.
            #[inline]
            #vis fn build(self) -> #ident where #(#params: #needs),* {
                #ident { #(#taken),* }
            }
        }

        impl #generics ::core::fmt::Debug for #builder #generics {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#builder_name).finish_non_exhaustive()
            }
        }
    }
}

/// The builder's name: `<Struct>Builder`, in PascalCase even when the struct is not, so no
/// `non_camel_case_types` warning points here.
pub(super) fn name(env: &Env) -> Ident {
    let ident = env.cont.ident;
    format_ident!("{}Builder", pascal_case(&ident.to_string()), span = ident.span())
}

fn required<'a>(env: &'a Env) -> Vec<&'a Field<'a>> {
    env.cont.fields.iter().filter(|field| !field.shape.optional).collect()
}

/// One type parameter per required field: `F0`, `F1`...
fn params(required: &[&Field]) -> Vec<Ident> {
    (0..required.len()).map(|index| format_ident!("F{}", index)).collect()
}

/// Every field unset: `Unset` for a required one, `None` for an optional one.
fn starts(env: &Env) -> Vec<TokenStream> {
    let p = &env.private;
    let starts = env.cont.fields.iter().map(|field| {
        let id = field.ident;
        if field.shape.optional { quote!(#id: ::core::option::Option::None) } else { quote!(#id: #p::Unset) }
    });
    starts.collect()
}

/// The builder in `Check` mode: the constant `<Struct>::__TC3_CHECK` (every field unset) and
/// `methods` on it, for `request!`'s compile-time checks.
pub(super) fn check_mode(env: &Env, methods: &[TokenStream]) -> TokenStream {
    let p = &env.private;
    let (ident, vis) = (env.cont.ident, env.cont.vis);
    let builder = name(env);
    let unset = moded(&quote!(#p::Check), &vec![quote!(#p::Unset); required(env).len()]);
    let starts = starts(env);
    quote! {
        impl #ident {
            #[doc(hidden)]
            #vis const __TC3_CHECK: &'static #builder #unset =
                &#builder { #(#starts,)* __tc3_mode: ::core::marker::PhantomData };
        }

        #[allow(clippy::unused_self)]
        impl #builder #unset {
            #(#methods)*
        }
    }
}

/// A setter's argument type and how it becomes the field's value: strings take anything
/// `Into<String>` (`"852"`), other types their own type (so integer literals infer).
fn argument(field: &Field) -> (TokenStream, TokenStream) {
    if field.shape.scalar == Scalar::Str && !field.shape.is_list() {
        (quote!(impl ::core::convert::Into<::std::string::String>), quote!(value.into()))
    } else {
        let ty = field.shape.value;
        (quote!(#ty), quote!(value))
    }
}

fn angle<T: quote::ToTokens>(items: &[T]) -> TokenStream {
    if items.is_empty() { TokenStream::new() } else { quote!(<#(#items),*>) }
}

/// The builder's parameters: its `mode`, then one per required field.
fn moded<T: quote::ToTokens>(mode: &TokenStream, items: &[T]) -> TokenStream {
    quote!(<#mode #(, #items)*>)
}
