//! Generation, from a model that `check` found valid, or (after errors) a stub with the
//! same items and no rules, so call sites do not fail a second time.
//!
//! Every function written here that is not generic is `#[inline]`: rustc then generates its
//! machine code only in a crate that calls it, not where it is defined, so a service's unused
//! actions cost no code generation (BENCHMARKS.md, compile times).

mod action;
mod builder;
mod debug;
mod expected;
mod literal;
mod validate;
mod wire;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::DeriveInput;

use crate::ast::{Container, Derive};
use crate::ctxt::Ctxt;
use crate::{check, stub};

/// What every generator needs: the model, the path to the runtime, and whether to emit rules.
struct Env<'a> {
    cont: &'a Container<'a>,
    /// `::tc3::__private`, or `<crate>::__private` under `#[tc3(crate = "...")]`.
    private: TokenStream,
    /// False in a stub: the model had errors, so rules are left out.
    rules: bool,
}

/// The whole output of a derive: errors first, then the items.
pub(crate) fn derive(input: &DeriveInput, derive: Derive) -> TokenStream {
    let cx = Ctxt::new();
    let items = match Container::from_ast(&cx, input, derive) {
        Some(cont) => {
            check::check(&cx, &cont);
            generate(&cont, !cx.has_errors())
        }
        None => stub::shapeless(input, derive),
    };
    match cx.check() {
        Ok(()) => items,
        Err(errors) => {
            let errors = errors.to_compile_error();
            quote!(#errors #items)
        }
    }
}

fn generate(cont: &Container, rules: bool) -> TokenStream {
    let krate = cont.attrs.krate.as_ref().map_or_else(|| quote!(::tc3), ToTokens::to_token_stream);
    let env = Env { cont, private: quote!(#krate::__private), rules };
    let action = (cont.derive == Derive::Action).then(|| action::action(&env));
    // What builds a value (the builder, the literal checks of `request!`) is left out of a
    // type that is only ever decoded.
    let builds = cont.attrs.decode_only.is_none();
    let mut items = vec![wire::serialize(&env), wire::deserialize(&env), debug::debug(&env), validate::validate(&env)];
    if builds {
        items.extend([builder::builder(&env), literal::checks(&env)]);
    }
    // Deprecated members stay on the wire; only the user's own uses of them should warn.
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #(#items)*
            #action
        };
    }
}
