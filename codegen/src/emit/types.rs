//! The Rust type of each member: scalars, objects (boxed where they would contain
//! themselves), lists, and `Option` where a member may be missing.

use std::collections::{BTreeMap, BTreeSet};

use crate::spec::{Member, Spec};

/// Services whose amounts of money arrive as JSON numbers: there a `float` is an exact
/// `Decimal`, never an `f64`. (Elsewhere in the catalogue money is sent as strings.)
pub const MONEY_SERVICES: &[&str] = &["billing"];

/// How one version's members are typed.
pub(crate) struct Types<'a> {
    /// The Rust name of each object, by API name.
    names: &'a BTreeMap<String, String>,
    /// `(object, member)` pairs typed `Box<T>`: a direct member whose object leads back to
    /// its owner, which would otherwise have no size.
    boxed: BTreeSet<(String, String)>,
    money: bool,
}

impl<'a> Types<'a> {
    pub(crate) fn new(spec: &Spec, names: &'a BTreeMap<String, String>) -> Self {
        Types { names, boxed: boxed(spec), money: MONEY_SERVICES.contains(&spec.service.as_str()) }
    }

    /// The type of `member` of `owner`, without `Option`.
    pub(crate) fn value(&self, owner: &str, member: &Member) -> String {
        let item = self.item(owner, member);
        if member.one_or_many() {
            format!("::tc3_runtime::OneOrMany<{item}>")
        } else if member.is_list() {
            format!("Vec<{item}>")
        } else {
            item
        }
    }

    /// The type of one value of `member` of `owner`: the item of a list.
    pub(crate) fn item(&self, owner: &str, member: &Member) -> String {
        match member.item() {
            "string" | "date" | "datetime" | "datetime_iso" => "String".to_owned(),
            "int64" => "i64".to_owned(),
            "uint64" => "u64".to_owned(),
            "bool" => "bool".to_owned(),
            // Sent as a file part of a form (`file`), never in JSON.
            "binary" => "Vec<u8>".to_owned(),
            "float" if self.money => "::tc3_runtime::Decimal".to_owned(),
            "float" => "f64".to_owned(),
            object => {
                let name =
                    self.names.get(object).unwrap_or_else(|| panic!("{owner}.{}: no object {object}", member.wire()));
                if !member.is_list() && self.boxed.contains(&(owner.to_owned(), member.wire().to_owned())) {
                    format!("Box<{name}>")
                } else {
                    name.clone()
                }
            }
        }
    }

    /// `Option<T>`.
    pub(crate) fn optional(&self, ty: &str) -> String {
        format!("Option<{ty}>")
    }
}

/// Direct (not listed) object members through which an object reaches itself again.
fn boxed(spec: &Spec) -> BTreeSet<(String, String)> {
    let direct = |name: &str| -> Vec<(String, String)> {
        spec.objects.get(name).map_or_else(Vec::new, |object| {
            object
                .members()
                .iter()
                .filter(|m| !m.is_list() && spec.objects.contains_key(m.item()))
                .map(|m| (m.wire().to_owned(), m.item().to_owned()))
                .collect()
        })
    };
    let reaches = |from: &str, target: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(name) = stack.pop() {
            if name == target {
                return true;
            }
            if seen.insert(name.clone()) {
                stack.extend(direct(&name).into_iter().map(|(_, to)| to));
            }
        }
        false
    };
    let mut out = BTreeSet::new();
    for owner in spec.objects.keys() {
        for (wire, to) in direct(owner) {
            if reaches(&to, owner) {
                out.insert((owner.clone(), wire));
            }
        }
    }
    out
}
