//! `Debug`, with `sensitive` fields shown as `<redacted>` and bytes (a raw `body`, a `file`)
//! by their length.

use proc_macro2::TokenStream;
use quote::quote;

use super::Env;

pub(super) fn debug(env: &Env) -> TokenStream {
    let p = &env.private;
    let ident = env.cont.ident;
    let name = ident.to_string();
    let fields = env.cont.fields.iter().map(|field| {
        let (id, label) = (field.ident, field.name());
        if field.attrs.sensitive.is_some() {
            quote!((#label, &#p::Redacted))
        } else if field.attrs.body.is_some() || (field.attrs.file.is_some() && !field.shape.optional) {
            quote!((#label, &#p::ByteCount(::core::convert::AsRef::<[u8]>::as_ref(&self.#id).len())))
        } else if field.attrs.file.is_some() {
            quote! {
                (#label, &self.#id.as_ref().map(|tc3_bytes| {
                    #p::ByteCount(::core::convert::AsRef::<[u8]>::as_ref(tc3_bytes).len())
                }))
            }
        } else {
            quote!((#label, &self.#id))
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #p::debug_struct(f, #name, &[#(#fields),*])
            }
        }
    }
}
