//! The model of a derive's input: a struct with named fields and its parsed attributes.
//! Unsupported shapes (enums, unions, tuple structs, generics) are rejected here.

use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Ident, Type, Visibility};

use crate::attr::{ContainerAttrs, FieldAttrs};
use crate::case::pascal_case;
use crate::ctxt::Ctxt;
use crate::shape::Shape;

/// Which derive is running.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Derive {
    /// `#[derive(tc3::Action)]`: a request.
    Action,
    /// `#[derive(tc3::Object)]`: an object nested in requests, or a response.
    Object,
}

pub(crate) struct Container<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) vis: &'a Visibility,
    pub(crate) derive: Derive,
    pub(crate) attrs: ContainerAttrs,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    pub(crate) shape: Shape<'a>,
    pub(crate) attrs: FieldAttrs,
}

impl<'a> Container<'a> {
    /// The model, or `None` (with errors recorded) when the input is not a plain struct with
    /// named fields. Attributes are read either way, so their errors show up too.
    pub(crate) fn from_ast(cx: &Ctxt, input: &'a DeriveInput, derive: Derive) -> Option<Self> {
        let attrs = ContainerAttrs::from_ast(cx, &input.attrs, derive);
        let what = match derive {
            Derive::Action => "a request",
            Derive::Object => "a tc3 object",
        };
        let named = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => Some(named.named.iter().collect::<Vec<_>>()),
                Fields::Unnamed(fields) => {
                    cx.error_spanned_by(
                        fields,
                        format!("expected named fields; {what} maps each field to a wire name"),
                    );
                    None
                }
                Fields::Unit => Some(Vec::new()),
            },
            Data::Enum(data) => {
                cx.error_at(data.enum_token.span, format!("expected a struct; {what} cannot be an enum"));
                None
            }
            Data::Union(data) => {
                cx.error_at(data.union_token.span, format!("expected a struct; {what} cannot be a union"));
                None
            }
        };
        if !input.generics.params.is_empty() {
            cx.error_spanned_by(&input.generics, format!("expected no generic parameters on {what}"));
            return None;
        }
        let fields = named?
            .into_iter()
            .filter_map(|field| {
                // Named fields always have an identifier.
                let ident = field.ident.as_ref()?;
                Some(Field {
                    ident,
                    ty: &field.ty,
                    shape: Shape::of(&field.ty),
                    attrs: FieldAttrs::from_ast(cx, &field.attrs),
                })
            })
            .collect();
        Some(Container { ident: &input.ident, vis: &input.vis, derive, attrs, fields })
    }
}

impl Field<'_> {
    /// The name on the wire: `rename`, or the field's name in PascalCase.
    pub(crate) fn wire_name(&self) -> String {
        match &self.attrs.rename {
            Some(rename) => rename.value(),
            None => pascal_case(&self.ident.unraw().to_string()),
        }
    }

    /// The field's name without `r#`, for generated names and Debug.
    pub(crate) fn name(&self) -> String {
        self.ident.unraw().to_string()
    }
}
