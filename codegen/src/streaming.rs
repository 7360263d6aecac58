//! The actions that answer with a stream of server-sent events: the reviewed list
//! `streaming-actions.txt` (its header says where each entry comes from), the one place
//! the generator learns it; the spec has no flag for them.

use crate::spec::Site;

const LIST: &str = include_str!("../streaming-actions.txt");

/// One entry of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The service, `hunyuan`.
    pub service: &'static str,
    /// The version, `2023-09-01`.
    pub version: &'static str,
    /// The action, `ChatCompletions`.
    pub action: &'static str,
    /// The sites whose official package documents it as streamed.
    pub sites: &'static [Site],
}

/// Every entry of the list, in its order.
pub fn entries() -> impl Iterator<Item = Entry> {
    LIST.lines().map(|line| line.split('#').next().unwrap_or("").trim()).filter(|line| !line.is_empty()).map(|line| {
        let fields: Vec<&'static str> = line.split_whitespace().collect();
        let [service, version, action, sites] = fields[..] else {
            panic!("streaming-actions.txt: expected `<service> <version> <Action> <sites>`, got `{line}`")
        };
        let sites: &'static [Site] = match sites {
            "international" => &[Site::International],
            "mainland" => &[Site::Mainland],
            "international,mainland" => &[Site::International, Site::Mainland],
            other => panic!("streaming-actions.txt: unknown sites `{other}` in `{line}`"),
        };
        Entry { service, version, action, sites }
    })
}

/// Whether `action` of `service` `version` streams its answer.
pub fn is_streaming(service: &str, version: &str, action: &str) -> bool {
    entries().any(|e| e.service == service && e.version == version && e.action == action)
}
