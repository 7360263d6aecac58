//! Literals written inside rules: `one_of("7", "380")`, `range(min = -1, max = 2.5)`.

use std::fmt;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Lit, LitBool, LitStr, Token};

/// A string, a possibly negative integer or float, or a bool.
#[derive(Clone)]
pub(crate) enum Literal {
    Str(LitStr),
    Int { value: i128, span: Span },
    Float { value: f64, span: Span },
    Bool(LitBool),
}

impl Literal {
    pub(crate) fn span(&self) -> Span {
        match self {
            Literal::Str(lit) => lit.span(),
            Literal::Int { span, .. } | Literal::Float { span, .. } => *span,
            Literal::Bool(lit) => lit.span,
        }
    }

    /// The same number as a float literal, for bounds on a float field (`0` -> `0.0`).
    pub(crate) fn to_float(&self) -> Literal {
        match (self.as_f64(), self) {
            (Some(value), _) => Literal::Float { value, span: self.span() },
            (None, other) => other.clone(),
        }
    }

    /// The literal as a number, for comparing bounds.
    pub(crate) fn as_f64(&self) -> Option<f64> {
        match self {
            // Precision loss past 2^53 does not matter for ordering bounds written by hand.
            #[allow(clippy::cast_precision_loss)]
            Literal::Int { value, .. } => Some(*value as f64),
            Literal::Float { value, .. } => Some(*value),
            Literal::Str(_) | Literal::Bool(_) => None,
        }
    }
}

impl Parse for Literal {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let minus: Option<Token![-]> = input.parse()?;
        let lit: Lit = input.parse()?;
        let negative = minus.is_some();
        match lit {
            Lit::Int(int) => {
                let magnitude = int.base10_parse::<i128>()?;
                Ok(Literal::Int { value: if negative { -magnitude } else { magnitude }, span: int.span() })
            }
            Lit::Float(float) => {
                let magnitude = float.base10_parse::<f64>()?;
                let value = if negative { -magnitude } else { magnitude };
                if !value.is_finite() {
                    return Err(syn::Error::new(float.span(), "expected a finite number"));
                }
                Ok(Literal::Float { value, span: float.span() })
            }
            Lit::Str(lit) if minus.is_none() => Ok(Literal::Str(lit)),
            Lit::Bool(lit) if minus.is_none() => Ok(Literal::Bool(lit)),
            other => Err(syn::Error::new(other.span(), "expected a string, integer or float literal")),
        }
    }
}

/// As the user would write it: `"86"`, `-1`, `2.5`.
impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Str(lit) => write!(f, "{:?}", lit.value()),
            Literal::Int { value, .. } => write!(f, "{value}"),
            Literal::Float { value, .. } => write!(f, "{value:?}"),
            Literal::Bool(lit) => write!(f, "{}", lit.value),
        }
    }
}

/// An unsuffixed literal, typed by where it is used.
impl ToTokens for Literal {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Literal::Str(lit) => lit.to_tokens(tokens),
            Literal::Int { value, .. } => {
                let magnitude = proc_macro2::Literal::u128_unsuffixed(value.unsigned_abs());
                let minus = (*value < 0).then(|| quote!(-));
                tokens.extend(quote!(#minus #magnitude));
            }
            Literal::Float { value, .. } => {
                // Parsing rejected non-finite floats, which `f64_unsuffixed` would refuse.
                let magnitude = proc_macro2::Literal::f64_unsuffixed(value.abs());
                let minus = value.is_sign_negative().then(|| quote!(-));
                tokens.extend(quote!(#minus #magnitude));
            }
            Literal::Bool(lit) => lit.to_tokens(tokens),
        }
    }
}
