//! What the requests of the reviewed list `upload-actions.txt` ([`crate::uploads`]) add: a
//! `body` field of raw bytes and each member's header.

use std::fmt::Write;

use crate::spec::{Member, Spec};
use crate::uploads::{self, BODY_FIELD, Entry};

/// The entry of the request `api_name` (`UploadLogRequest`), when it sends raw bytes.
pub(super) fn entry(spec: &Spec, api_name: &str) -> Option<Entry> {
    let action = api_name.strip_suffix("Request")?;
    uploads::upload(&spec.service, &spec.version, action)
}

/// The doc line that says how the request travels.
pub(super) fn doc_line(entry: &Entry) -> String {
    format!(
        "Sends `{BODY_FIELD}` as raw bytes (`application/octet-stream`), and its members as `{}*` headers.",
        entry.facts.prefix
    )
}

/// The `header = ".."` key of `member`, whose type `ty` must be text.
pub(super) fn header_key(entry: &Entry, member: &Member, ty: &str) -> String {
    assert!(
        ty == "String" || ty == "Option<String>",
        "upload-actions.txt: {} member {} is `{ty}`; a header carries text",
        entry.action,
        member.wire()
    );
    format!("header = \"{}\"", entry.header(member.wire()))
}

/// The `body` field, after the members; `idents` are the members' own field names.
pub(super) fn body_field(entry: &Entry, idents: &[String], out: &mut String) {
    assert!(
        !idents.iter().any(|ident| ident == BODY_FIELD),
        "upload-actions.txt: {} has a member named `{BODY_FIELD}`",
        entry.action
    );
    let _ = writeln!(out, "    /// Required. The raw body, sent as it is; the signature covers these bytes.");
    let _ = writeln!(out, "    #[tc3(body)]");
    let _ = writeln!(out, "    pub {BODY_FIELD}: Vec<u8>,");
}
