//! Secrets kept out of what the emulator shows or writes (the page, cassettes): every
//! member tc3-codegen's rule calls secret, as the generated types redact them in `Debug`.

use serde_json::{Map, Value};

/// What a secret member's value is replaced with.
pub(crate) const REDACTED: &str = "<redacted>";

/// Replaces the value of every secret member of `value`, at any depth, with [`REDACTED`].
pub(crate) fn redact(value: &mut Value) {
    match value {
        Value::Object(members) => redact_members(members),
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// [`redact`] for the members of an object.
pub(crate) fn redact_members(members: &mut Map<String, Value>) {
    for (key, member) in members.iter_mut() {
        if tc3_codegen::secrets::is_secret(key) {
            *member = Value::from(REDACTED);
        } else {
            redact(member);
        }
    }
}
