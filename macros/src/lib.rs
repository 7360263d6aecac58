//! `#[derive(Action)]` of tc3; use it through the `tc3` crate.

use proc_macro::TokenStream;

/// Derives `tc3::Action` for a request struct.
#[proc_macro_derive(Action, attributes(tc3))]
pub fn derive_action(input: TokenStream) -> TokenStream {
    let _ = input;
    TokenStream::new()
}
