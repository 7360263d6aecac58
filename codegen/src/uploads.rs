//! The actions whose request body is raw bytes (`application/octet-stream`) with every member
//! in a header: the reviewed list `upload-actions.txt` (its header says where each entry comes
//! from), the one place the generator and the emulator learn it; the spec has no flag for them.

use crate::action_list;

const LIST: &str = include_str!("../upload-actions.txt");

/// The request field that holds the raw body; never a member of the spec's requests (checked
/// where the request is written).
pub const BODY_FIELD: &str = "body";

/// One entry of the list: an action, the sites whose official package sends it as raw bytes,
/// and how its members travel.
pub type Entry = action_list::Entry<Headers>;

/// How the members of an upload travel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headers {
    /// What each member's header name starts with, `X-CLS-`: member `TopicId` travels as
    /// `X-CLS-TopicId`.
    pub prefix: &'static str,
}

impl Entry {
    /// The header that carries member `wire` (its wire name).
    pub fn header(&self, wire: &str) -> String {
        format!("{}{wire}", self.facts.prefix)
    }
}

/// Every entry of the list, in its order.
pub fn entries() -> impl Iterator<Item = Entry> {
    action_list::read("upload-actions.txt", LIST, ["<header prefix>"], |[prefix]| Headers { prefix })
}

/// The entry of `action` of `service` `version`, when its body is raw bytes.
pub fn upload(service: &str, version: &str, action: &str) -> Option<Entry> {
    entries().find(|e| e.is(service, version, action))
}
