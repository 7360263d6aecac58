//! `Serialize` and `Deserialize` in the wire format, written out directly (the user's crate
//! need not depend on serde): members by wire name, absent optional members left out when
//! writing, unknown members skipped when reading. The generic parts live in `__private::wire`.
//! A raw `body` field is no member, and a form's `file` member is no JSON member: neither is
//! written or read (empty when decoded).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Env;
use crate::ast::Field;
use crate::shape::Scalar;

pub(super) fn serialize(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let name = ident.to_string();
    let fields = members(env);
    // How many members are written: every required one, and the optional ones present.
    let required = fields.iter().filter(|field| !field.shape.optional).count();
    let mut len: Vec<TokenStream> = fields
        .iter()
        .filter(|field| field.shape.optional)
        .map(|field| {
            let id = field.ident;
            quote!(usize::from(self.#id.is_some()))
        })
        .collect();
    if required > 0 || len.is_empty() {
        len.insert(0, quote!(#required));
    }
    // Each write returns early on an error with a plain `if let`: rustc checks a `?` (its
    // `Try` and `From` conversions) many times slower, and there is one per field.
    let writes = fields.iter().map(|field| {
        let (id, wire) = (field.ident, field.wire_name());
        let write = if field.shape.optional {
            quote!(#p::wire::optional(&mut tc3_state, #wire, &self.#id))
        } else {
            quote!(#p::serde::ser::SerializeStruct::serialize_field(&mut tc3_state, #wire, &self.#id))
        };
        quote! {
            if let ::core::result::Result::Err(tc3_error) = #write {
                return ::core::result::Result::Err(tc3_error);
            }
        }
    });
    let state = if fields.is_empty() { quote!(tc3_state) } else { quote!(mut tc3_state) };
    quote! {
        #[automatically_derived]
        impl #p::serde::Serialize for #ident {
            fn serialize<S: #p::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                let #state = serializer.serialize_struct(#name, #(#len)+*)?;
                #(#writes)*
                #p::serde::ser::SerializeStruct::end(tc3_state)
            }
        }
    }
}

/// The fields that are JSON members: all but a raw `body` and a form's `file` members.
fn members<'a>(env: &Env<'a>) -> Vec<&'a Field<'a>> {
    env.cont.fields.iter().filter(|field| !is_bytes(field)).collect()
}

fn is_bytes(field: &Field) -> bool {
    field.attrs.body.is_some() || field.attrs.file.is_some()
}

/// Under `#[tc3(lenient)]`, scalar members (alone, optional or in a list) are read through
/// `lenient::Field`, which takes the other spelling of a value too.
fn lenient(env: &Env, field: &Field) -> bool {
    env.cont.attrs.lenient.is_some()
        && matches!(field.shape.scalar, Scalar::Str | Scalar::Int(_) | Scalar::Float | Scalar::Bool)
}

pub(super) fn deserialize(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let expecting = format!("struct {ident}");
    let fields = members(env);
    let slots: Vec<_> = (0..fields.len()).map(|index| format_ident!("tc3_{}", index)).collect();
    let declare = fields.iter().zip(&slots).map(|(field, slot)| {
        let ty = field.ty;
        let ty = if lenient(env, field) { quote!(#p::lenient::Field<#ty>) } else { quote!(#ty) };
        quote!(let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None;)
    });
    let keys = fields.iter().enumerate().map(|(index, field)| {
        let wire = field.wire_name();
        quote!(#wire => #index,)
    });
    let reads = fields.iter().zip(&slots).enumerate().map(|(index, (field, slot))| {
        let wire = field.wire_name();
        quote!(#index => #p::wire::put(&mut tc3_map, &mut #slot, #wire),)
    });
    // A missing required member returns early with a plain `let`-`else`, cheaper for rustc
    // to check than a `?` per field (see `serialize`).
    let unwrap = fields.iter().zip(&slots).filter(|(field, _)| !field.shape.optional).map(|(field, slot)| {
        let wire = field.wire_name();
        quote! {
            let ::core::option::Option::Some(#slot) = #slot else {
                return ::core::result::Result::Err(
                    <Tc3Access::Error as #p::serde::de::Error>::missing_field(#wire),
                );
            };
        }
    });
    let values = fields.iter().zip(&slots).map(|(field, slot)| {
        let id = field.ident;
        let value = if field.shape.optional { quote!(#slot.unwrap_or_default()) } else { quote!(#slot) };
        if lenient(env, field) { quote!(#id: #value.0) } else { quote!(#id: #value) }
    });
    // Every `body` field, not only the first: after the error on a second one, the struct
    // literal must still be complete.
    let body = env.cont.fields.iter().filter(|field| is_bytes(field)).map(|field| {
        let id = field.ident;
        quote!(#id: ::core::default::Default::default(),)
    });
    // With no member to match, every key is unknown (and a one-arm `match` would trip
    // clippy's `match_single_binding`).
    let read_all = if fields.is_empty() {
        quote! {
            while tc3_map.next_key_seed(#p::wire::Key(|_| usize::MAX))?.is_some() {
                #p::wire::skip(&mut tc3_map)?;
            }
        }
    } else {
        quote! {
            let tc3_key = #p::wire::Key(|key| match key { #(#keys)* _ => usize::MAX });
            while let ::core::option::Option::Some(key) = tc3_map.next_key_seed(tc3_key)? {
                // One `?` for every member's read, not one per field (see `serialize`).
                match key {
                    #(#reads)*
                    _ => #p::wire::skip(&mut tc3_map),
                }?;
            }
        }
    };
    // The map's type parameter is named unlike any field type a user would write.
    quote! {
        #[automatically_derived]
        impl #p::wire::FromMap for #ident {
            const EXPECTING: &'static str = #expecting;

            fn from_map<'de, Tc3Access: #p::serde::de::MapAccess<'de>>(
                mut tc3_map: Tc3Access,
            ) -> ::core::result::Result<Self, Tc3Access::Error> {
                #(#declare)*
                #read_all
                #(#unwrap)*
                ::core::result::Result::Ok(#ident { #(#body)* #(#values),* })
            }
        }

        #[automatically_derived]
        impl<'de> #p::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #p::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                #p::wire::deserialize(deserializer)
            }
        }
    }
}
