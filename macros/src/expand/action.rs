//! `impl Action`: the call's constants, and `violations()` (and `violations_on(site)`) through
//! `Validate`.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::Env;
use crate::check::{CLIENT_TOKEN, rate_limit_value, site_variant};

pub(super) fn action(env: &Env) -> TokenStream {
    let p = &env.private;
    let cont = env.cont;
    let ident = cont.ident;
    let attrs = &cont.attrs;
    let response = attrs.response.as_ref().map_or_else(
        || format_ident!("{}Response", ident, span = ident.span()).into_token_stream(),
        ToTokens::to_token_stream,
    );
    let service = attrs.service.as_ref().map(syn::LitStr::value).unwrap_or_default();
    let version = attrs.version.as_ref().map(syn::LitStr::value).unwrap_or_default();
    let action = attrs.action.as_ref().map_or_else(|| ident.to_string(), syn::LitStr::value);
    let idempotent = attrs.idempotent.is_some();
    let rate_limit = match attrs.rate_limit.as_ref().and_then(rate_limit_value) {
        Some(limit) => quote!(::core::option::Option::Some(#limit)),
        None => quote!(::core::option::Option::None),
    };
    let sites = attrs.site.as_ref().and_then(site_variant).map(|variant| {
        let variant = format_ident!("{variant}");
        quote!(const SITES: &'static [#p::Site] = &[#p::Site::#variant];)
    });
    let host = attrs
        .host
        .as_ref()
        .map(|host| quote!(const HOST: ::core::option::Option<&'static str> = ::core::option::Option::Some(#host);));
    let retry_after = attrs.retry_after.as_ref().map(|path| {
        // Called, spanned on the path, so a missing or mistyped function is reported there.
        let call = quote_spanned! {path.span()=>
            let tc3_wait: ::core::option::Option<::core::time::Duration> = #path(code);
        };
        quote! {
            #[inline]
            fn retry_after(code: &str) -> ::core::option::Option<::core::time::Duration> {
                #call
                tc3_wait
            }
        }
    });
    // Left out of a stub: a token of the wrong type has its own error already.
    let client_token = cont.fields.iter().filter(|_| env.rules).find(|f| f.wire_name() == CLIENT_TOKEN).map(|field| {
        let id = field.ident;
        let token = if field.shape.optional {
            quote!(self.#id.get_or_insert_with(::std::string::String::new))
        } else {
            quote!(&mut self.#id)
        };
        quote! {
            #[inline]
            fn client_token(&mut self) -> ::core::option::Option<&mut ::std::string::String> {
                ::core::option::Option::Some(#token)
            }
        }
    });
    // Only where a site changes the checks; elsewhere the trait's default, `violations()`.
    let violations_on = super::validate::is_site_dependent(env).then(|| {
        quote! {
            #[inline]
            fn violations_on(&self, site: #p::Site) -> ::std::vec::Vec<#p::Violation> {
                let mut out = ::std::vec::Vec::new();
                #p::Validate::collect_violations(self, ::core::option::Option::Some(site), &mut out);
                out
            }
        }
    });
    let payload = raw_payload(env).or_else(|| form_payload(env));
    quote! {
        #[automatically_derived]
        impl #p::Action for #ident {
            type Response = #response;
            const SERVICE: &'static str = #service;
            const VERSION: &'static str = #version;
            const ACTION: &'static str = #action;
            const IDEMPOTENT: bool = #idempotent;
            const RATE_LIMIT: ::core::option::Option<u32> = #rate_limit;
            #sites
            #host

            #[inline]
            fn violations(&self) -> ::std::vec::Vec<#p::Violation> {
                let mut out = ::std::vec::Vec::new();
                #p::Validate::collect_violations(self, ::core::option::Option::None, &mut out);
                out
            }
            #violations_on

            #retry_after
            #client_token
            #payload
        }
    }
}

/// `into_payload` of a request with `file` members: a `multipart/form-data` body of every
/// member set, in field order, files as file parts and the others as text parts.
fn form_payload(env: &Env) -> Option<TokenStream> {
    let p = &env.private;
    if !env.rules || !crate::raw_body::is_form(env.cont) {
        return None;
    }
    let parts = env.cont.fields.iter().map(|field| {
        let (id, wire) = (field.ident, field.wire_name());
        let add = if field.attrs.file.is_some() { quote!(file) } else { quote!(text) };
        if field.shape.optional {
            quote! {
                if let ::core::option::Option::Some(tc3_value) = &self.#id {
                    tc3_form = tc3_form.#add(#wire, tc3_value);
                }
            }
        } else {
            quote!(tc3_form = tc3_form.#add(#wire, &self.#id);)
        }
    });
    Some(quote! {
        #[inline]
        fn into_payload(self) -> #p::serde_json::Result<#p::Payload> {
            let mut tc3_form = #p::Form::new();
            #(#parts)*
            ::core::result::Result::Ok(tc3_form.into_payload())
        }
    })
}

/// `into_payload` of a request with a raw `body` field: that field as the body, moved rather
/// than copied, and each `header` member (when set) as its header.
fn raw_payload(env: &Env) -> Option<TokenStream> {
    let p = &env.private;
    // Left out of a stub: a body of the wrong type has its own error already.
    let body = crate::raw_body::body_field(env.cont).filter(|_| env.rules)?.ident;
    let headers = env.cont.fields.iter().filter_map(|field| {
        let (id, name) = (field.ident, field.attrs.header.as_ref()?);
        Some(if field.shape.optional {
            quote! {
                if let ::core::option::Option::Some(tc3_value) = self.#id {
                    tc3_payload = tc3_payload.header(#name, tc3_value);
                }
            }
        } else {
            quote!(tc3_payload = tc3_payload.header(#name, self.#id);)
        })
    });
    Some(quote! {
        #[inline]
        fn into_payload(self) -> #p::serde_json::Result<#p::Payload> {
            #[allow(unused_mut)]
            let mut tc3_payload = #p::Payload::octet_stream(self.#body);
            #(#headers)*
            ::core::result::Result::Ok(tc3_payload)
        }
    })
}
