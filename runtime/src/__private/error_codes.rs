//! `error_codes!`: the `ErrorCode` enum of a generated service version, from its codes.

/// `error_codes! { /// doc \n ErrorCode; /// doc \n Variant => "Code", ... }` writes the enum
/// (with an `Unknown(String)` fallback), `of`, `as_str`, `From<&str>`, `FromStr` and `Display`.
#[macro_export]
#[doc(hidden)]
macro_rules! __error_codes {
    ($(#[$doc:meta])* $name:ident; $($(#[$variant_doc:meta])* $variant:ident => $code:literal,)*) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$variant_doc])* $variant,)*
            /// A code not listed above, kept exactly as the service sent it.
            Unknown(::std::string::String),
        }

        impl $name {
            /// The code of a service's answer, or `None` when `error` did not come from the
            /// service (a timeout, a validation failure, ...).
            pub fn of(error: &$crate::Error) -> ::core::option::Option<Self> {
                error.code().map(Self::from)
            }

            /// The code as the service spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $code,)*
                    Self::Unknown(code) => code,
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(code: &str) -> Self {
                match code {
                    $($code => Self::$variant,)*
                    other => Self::Unknown(other.into()),
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;

            fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(Self::from(code))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub use crate::__error_codes as error_codes;
