//! What a field's type is, as far as rules care: optional or not, a list or not, and the
//! kind of value a rule would look at.

use quote::ToTokens;
use syn::{GenericArgument, PathArguments, Type};

/// The kind of a single value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scalar {
    Str,
    /// An integer type, by name: `u32`.
    Int(&'static str),
    Float,
    Bool,
    Other,
}

/// A field type: `T`, `Option<T>`, `Vec<T>` or `Option<Vec<T>>`.
pub(crate) struct Shape<'a> {
    /// The type was `Option<..>`.
    pub(crate) optional: bool,
    /// The type without its `Option`.
    pub(crate) value: &'a Type,
    /// The item type, when `value` is a `Vec`.
    pub(crate) item: Option<&'a Type>,
    /// The kind of `item`, or of `value` when it is not a list.
    pub(crate) scalar: Scalar,
}

const INTEGERS: &[&str] = &["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"];

impl<'a> Shape<'a> {
    pub(crate) fn of(ty: &'a Type) -> Self {
        let (optional, value) = match generic_arg(ty, "Option") {
            Some(inner) => (true, inner),
            None => (false, ty),
        };
        let item = generic_arg(value, "Vec");
        Shape { optional, value, item, scalar: scalar(item.unwrap_or(value)) }
    }

    pub(crate) fn is_list(&self) -> bool {
        self.item.is_some()
    }

    /// The type a single-value rule looks at: the list's item, or the value.
    pub(crate) fn checked(&self) -> &'a Type {
        self.item.unwrap_or(self.value)
    }
}

/// `T` when `ty` is `Name<T>` (by last path segment: `Option`, `std::option::Option`).
fn generic_arg<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segment = path.path.segments.last()?;
    if segment.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &segment.arguments else { return None };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

fn scalar(ty: &Type) -> Scalar {
    let Type::Path(path) = ty else { return Scalar::Other };
    let Some(segment) = path.path.segments.last() else { return Scalar::Other };
    if path.qself.is_some() || !segment.arguments.is_none() {
        return Scalar::Other;
    }
    let name = segment.ident.to_string();
    match name.as_str() {
        "String" => Scalar::Str,
        "f32" | "f64" => Scalar::Float,
        "bool" => Scalar::Bool,
        _ => INTEGERS.iter().find(|int| **int == name).map_or(Scalar::Other, |int| Scalar::Int(int)),
    }
}

/// The inclusive range of an integer type, clamped to `i128`.
pub(crate) fn int_bounds(name: &str) -> (i128, i128) {
    match name {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" | "isize" => (i64::MIN.into(), i64::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" | "usize" => (0, u64::MAX.into()),
        "u128" => (0, i128::MAX),
        _ => (i128::MIN, i128::MAX),
    }
}

/// A type as the user wrote it, for messages: `Vec<String>`.
pub(crate) fn type_name(ty: &Type) -> String {
    let spaced = ty.to_token_stream().to_string();
    let mut out = String::with_capacity(spaced.len());
    let mut chars = spaced.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        let glue = matches!(previous, '<' | '&' | ':' | '(' | '[') || matches!(next, '<' | '>' | ',' | ':' | ')' | ']');
        if c != ' ' || !glue {
            out.push(c);
            previous = c;
        }
    }
    out
}
