//! How the reviewed lists of actions are read (`streaming-actions.txt`, `upload-actions.txt`):
//! one action a line, `<service> <version> <Action> <sites>` then the fields of the list's
//! own, then `# evidence`; blank lines and comments are skipped. The lists are checked in and
//! read at compile time, so a malformed line is the generator's bug: it panics, naming the
//! list and the line.
//!
//! (`paging-overrides.txt` and `waiters.txt` are tables of rules, not of actions, and report
//! every mistake with its line number; their own modules read them.)

use crate::spec::Site;

/// One action of a reviewed list, and what that list says of it (`T`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<T> {
    /// The service, `hunyuan`.
    pub service: &'static str,
    /// The version, `2023-09-01`.
    pub version: &'static str,
    /// The action, `ChatCompletions`.
    pub action: &'static str,
    /// The sites whose official package the list's evidence comes from.
    pub sites: &'static [Site],
    /// What the list adds, from the fields after the sites.
    pub facts: T,
}

impl<T> Entry<T> {
    /// Whether this is `action` of `service` `version`.
    pub fn is(&self, service: &str, version: &str, action: &str) -> bool {
        self.service == service && self.version == version && self.action == action
    }
}

/// The entries of `text`, the list named `file`, in its order. `fields` names the fields after
/// the sites, as the list's header does (`<header prefix>`); `facts` makes `T` of them.
pub(crate) fn read<const N: usize, T>(
    file: &'static str,
    text: &'static str,
    fields: [&'static str; N],
    facts: fn([&'static str; N]) -> T,
) -> impl Iterator<Item = Entry<T>> {
    let lines = text.lines().map(|line| line.split('#').next().unwrap_or("").trim());
    lines.filter(|line| !line.is_empty()).map(move |line| {
        let words: Vec<&'static str> = line.split_whitespace().collect();
        let split = words.split_first_chunk::<4>().and_then(|(head, rest)| Some((*head, rest.try_into().ok()?)));
        let Some(([service, version, action, sites], rest)) = split else {
            let fields: String = fields.iter().map(|field| format!(" {field}")).collect();
            panic!("{file}: expected `<service> <version> <Action> <sites>{fields}`, got `{line}`")
        };
        let sites: &'static [Site] = match sites {
            "international" => &[Site::International],
            "mainland" => &[Site::Mainland],
            "international,mainland" => &[Site::International, Site::Mainland],
            other => panic!("{file}: unknown sites `{other}` in `{line}`"),
        };
        Entry { service, version, action, sites, facts: facts(rest) }
    })
}

#[cfg(test)]
mod tests {
    use super::{Entry, read};
    use crate::spec::Site;

    const LIST: &str = "\
# a header
a 2020-01-01 First international X-  # evidence
  # an indented comment

b 2021-02-03 Second international,mainland Y-
";

    #[test]
    fn lines_are_read_in_order_without_comments() {
        let entries: Vec<_> = read("test.txt", LIST, ["<prefix>"], |[prefix]| prefix).collect();
        let first =
            Entry { service: "a", version: "2020-01-01", action: "First", sites: &[Site::International], facts: "X-" };
        assert_eq!(entries[0], first);
        assert_eq!(entries[1].sites, [Site::International, Site::Mainland]);
        assert_eq!(entries.len(), 2);
        assert!(entries[1].is("b", "2021-02-03", "Second") && !entries[1].is("b", "2021-02-03", "First"));
    }

    #[test]
    #[should_panic(
        expected = "test.txt: expected `<service> <version> <Action> <sites> <prefix>`, got `a v A mainland`"
    )]
    fn a_missing_field_names_the_list_and_the_line() {
        read("test.txt", "a v A mainland", ["<prefix>"], |[prefix]| prefix).for_each(drop);
    }

    #[test]
    #[should_panic(expected = "test.txt: expected `<service> <version> <Action> <sites>`, got `a v A mainland X-`")]
    fn an_extra_field_names_the_list_and_the_line() {
        read("test.txt", "a v A mainland X-", [], |[]| ()).for_each(drop);
    }

    #[test]
    #[should_panic(expected = "test.txt: unknown sites `moon` in `a v A moon`")]
    fn unknown_sites_are_named() {
        read("test.txt", "a v A moon", [], |[]| ()).for_each(drop);
    }
}
