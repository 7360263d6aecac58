//! The fallback for input that is not a plain struct (enums, unions, tuple structs,
//! generics): the derive's traits implemented with bodies that are never run, so code that
//! uses the type reports only the derive's own error.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::DeriveInput;

use crate::ast::Derive;
use crate::attr::ContainerAttrs;
use crate::ctxt::Ctxt;

pub(crate) fn shapeless(input: &DeriveInput, derive: Derive) -> TokenStream {
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    // Errors in the attributes were reported already; only `crate` matters here.
    let krate = ContainerAttrs::from_ast(&Ctxt::new(), &input.attrs, derive).krate;
    let krate = krate.as_ref().map_or_else(|| quote!(::tc3), ToTokens::to_token_stream);
    let p = quote!(#krate::__private);
    let ident = &input.ident;
    let action = (derive == Derive::Action).then(|| {
        quote! {
            impl #p::Action for #ident {
                type Response = #p::serde_json::Value;
                const SERVICE: &'static str = "";
                const VERSION: &'static str = "";
                const ACTION: &'static str = "";
            }
        }
    });
    quote! {
        const _: () = {
            impl #p::serde::Serialize for #ident {
                fn serialize<S: #p::serde::Serializer>(&self, _: S) -> ::core::result::Result<S::Ok, S::Error> {
                    ::core::unreachable!()
                }
            }
            impl<'de> #p::serde::Deserialize<'de> for #ident {
                fn deserialize<D: #p::serde::Deserializer<'de>>(_: D) -> ::core::result::Result<Self, D::Error> {
                    ::core::unreachable!()
                }
            }
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
            impl #p::Validate for #ident {
                fn collect_violations(
                    &self,
                    _: ::core::option::Option<#p::Site>,
                    _: &mut ::std::vec::Vec<#p::Violation>,
                ) {}
            }
            #action
        };
    }
}
