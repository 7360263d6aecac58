//! The actions whose request body is raw bytes (`application/octet-stream`) with every member
//! in a header: the reviewed list `upload-actions.txt` (its header says where each entry comes
//! from), the one place the generator and the emulator learn it; the spec has no flag for them.

use crate::spec::Site;

const LIST: &str = include_str!("../upload-actions.txt");

/// The request field that holds the raw body; never a member of the spec's requests (checked
/// where the request is written).
pub const BODY_FIELD: &str = "body";

/// One entry of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The service, `cls`.
    pub service: &'static str,
    /// The version, `2020-10-16`.
    pub version: &'static str,
    /// The action, `UploadLog`.
    pub action: &'static str,
    /// The sites whose official package sends it as raw bytes.
    pub sites: &'static [Site],
    /// What each member's header name starts with, `X-CLS-`: member `TopicId` travels as
    /// `X-CLS-TopicId`.
    pub header_prefix: &'static str,
}

impl Entry {
    /// The header that carries member `wire` (its wire name).
    pub fn header(&self, wire: &str) -> String {
        format!("{}{wire}", self.header_prefix)
    }
}

/// Every entry of the list, in its order.
pub fn entries() -> impl Iterator<Item = Entry> {
    LIST.lines().map(|line| line.split('#').next().unwrap_or("").trim()).filter(|line| !line.is_empty()).map(|line| {
        let fields: Vec<&'static str> = line.split_whitespace().collect();
        let [service, version, action, sites, header_prefix] = fields[..] else {
            panic!("upload-actions.txt: expected `<service> <version> <Action> <sites> <header prefix>`, got `{line}`")
        };
        let sites: &'static [Site] = match sites {
            "international" => &[Site::International],
            "mainland" => &[Site::Mainland],
            "international,mainland" => &[Site::International, Site::Mainland],
            other => panic!("upload-actions.txt: unknown sites `{other}` in `{line}`"),
        };
        Entry { service, version, action, sites, header_prefix }
    })
}

/// The entry of `action` of `service` `version`, when its body is raw bytes.
pub fn upload(service: &str, version: &str, action: &str) -> Option<Entry> {
    entries().find(|e| e.service == service && e.version == version && e.action == action)
}
