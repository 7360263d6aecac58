//! `Serialize` and `Deserialize` in the wire format, through private mirror structs that
//! carry serde's derive (the user's crate need not depend on serde).

use proc_macro2::TokenStream;
use quote::quote;

use super::Env;
use crate::shape::Scalar;

/// The path to serde for `#[serde(crate = "...")]`, as a string.
fn serde_crate(env: &Env) -> String {
    let private = &env.private;
    quote!(#private::serde).to_string()
}

pub(super) fn serialize(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let name = ident.to_string();
    let serde_crate = serde_crate(env);
    let fields = env.cont.fields.iter().map(|field| {
        let (id, ty, wire) = (field.ident, field.ty, field.wire_name());
        let skip = field.shape.optional.then(|| quote!(, skip_serializing_if = "::core::option::Option::is_none"));
        quote!(#[serde(rename = #wire #skip)] #id: &'a #ty)
    });
    let lifetime = (!env.cont.fields.is_empty()).then(|| quote!(<'a>));
    let ids = env.cont.fields.iter().map(|field| field.ident);
    quote! {
        #[derive(#p::serde::Serialize)]
        #[serde(crate = #serde_crate, rename = #name)]
        struct Tc3WireRef #lifetime { #(#fields),* }

        #[automatically_derived]
        impl #p::serde::Serialize for #ident {
            fn serialize<S: #p::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                #p::serde::Serialize::serialize(&Tc3WireRef { #(#ids: &self.#ids),* }, serializer)
            }
        }
    }
}

pub(super) fn deserialize(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let name = ident.to_string();
    let serde_crate = serde_crate(env);
    // A lenient field gets the wrapper type `lenient::Field`, whose one generic `Deserialize`
    // serves every field: `deserialize_with` would make serde write a wrapper per field.
    let lenient = |field: &crate::ast::Field<'_>| {
        env.cont.attrs.lenient.is_some()
            && matches!(field.shape.scalar, Scalar::Str | Scalar::Int(_) | Scalar::Float | Scalar::Bool)
    };
    let fields = env.cont.fields.iter().map(|field| {
        let (id, ty, wire) = (field.ident, field.ty, field.wire_name());
        let default = field.shape.optional.then(|| quote!(, default));
        let ty = if lenient(field) { quote!(#p::lenient::Field<#ty>) } else { quote!(#ty) };
        quote!(#[serde(rename = #wire #default)] #id: #ty)
    });
    let ids: Vec<_> = env.cont.fields.iter().map(|field| field.ident).collect();
    let values = env.cont.fields.iter().map(|field| {
        let id = field.ident;
        if lenient(field) { quote!(#id: #id.0) } else { quote!(#id) }
    });
    quote! {
        #[derive(#p::serde::Deserialize)]
        #[serde(crate = #serde_crate, rename = #name)]
        struct Tc3Wire { #(#fields),* }

        #[automatically_derived]
        impl<'de> #p::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #p::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let Tc3Wire { #(#ids),* } = <Tc3Wire as #p::serde::Deserialize>::deserialize(deserializer)?;
                ::core::result::Result::Ok(#ident { #(#values),* })
            }
        }
    }
}
