//! The actions that answer with a stream of server-sent events: the reviewed list
//! `streaming-actions.txt` (its header says where each entry comes from), the one place
//! the generator learns it; the spec has no flag for them.

use crate::action_list;

const LIST: &str = include_str!("../streaming-actions.txt");

/// One entry of the list: an action and the sites whose official package documents it as
/// streamed; the list has no other fields.
pub type Entry = action_list::Entry<()>;

/// Every entry of the list, in its order.
pub fn entries() -> impl Iterator<Item = Entry> {
    action_list::read("streaming-actions.txt", LIST, [], |[]| ())
}

/// Whether `action` of `service` `version` streams its answer.
pub fn is_streaming(service: &str, version: &str, action: &str) -> bool {
    entries().any(|e| e.is(service, version, action))
}
