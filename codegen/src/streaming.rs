//! The actions that answer with a stream of server-sent events: the reviewed list
//! `streaming-actions.txt` (its header says where each entry comes from), the one place
//! the generator learns it; the spec has no flag for them.

use crate::action_list;

const LIST: &str = include_str!("../streaming-actions.txt");

/// The streams that end with a last event `data: [DONE]`, as their documented examples do in
/// both sites' packages (`lkeap/v20240522/examples.json`): (service, action).
pub const ENDED_BY_DONE: &[(&str, &str)] = &[("lkeap", "ChatCompletions")];

/// The actions whose `Stream` member, left out, is true: es's ChatCompletions, whose
/// documentation (its request's docstring in the mainland package) gives true as the default.
/// For the others it is false, as hunyuan's and cls's documentation says.
pub const STREAM_BY_DEFAULT: &[(&str, &str)] = &[("es", "ChatCompletions")];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_defaults_name_listed_actions() {
        for (service, action) in ENDED_BY_DONE.iter().chain(STREAM_BY_DEFAULT) {
            assert!(entries().any(|e| e.service == *service && e.action == *action), "{service} {action}");
        }
    }
}
