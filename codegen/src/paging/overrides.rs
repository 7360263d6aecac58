//! The reviewed table of what the spec cannot say about paging (`paging-overrides.txt`):
//! each entry a service, an action (or `*`), a rule and its evidence.

use std::sync::OnceLock;

/// What an entry says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// `base 0` or `base 1`: the number of the first page.
    Base(u64),
    /// `not-token <Member>`: a request member of that name is never a page token.
    NotToken(String),
    /// `not-paged`: the action is not paged, though its shape looks so.
    NotPaged,
    /// `offset-is-page [base N]`: the action's `Offset` holds a page number, not a count of
    /// items, counted from `N` where stated.
    OffsetIsPage(Option<u64>),
}

#[derive(Debug)]
struct Entry {
    service: String,
    action: String,
    rule: Rule,
}

impl Entry {
    fn matches(&self, service: &str, action: &str) -> bool {
        (self.service == "*" || self.service == service) && (self.action == "*" || self.action == action)
    }
}

/// The table, parsed.
#[derive(Debug, Default)]
pub struct Overrides {
    entries: Vec<Entry>,
}

impl Overrides {
    /// The reviewed table checked in next to the generator.
    pub fn reviewed() -> &'static Overrides {
        static TABLE: OnceLock<Overrides> = OnceLock::new();
        TABLE.get_or_init(|| {
            Overrides::parse(include_str!("../../paging-overrides.txt"))
                .unwrap_or_else(|errors| panic!("paging-overrides.txt:\n{}", errors.join("\n")))
        })
    }

    /// Reads a table: `<service> <action or *> <rule> -- <evidence>` a line, `#` comments.
    /// Every mistake is reported, each with its line number.
    pub fn parse(text: &str) -> Result<Overrides, Vec<String>> {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        for (number, line) in text.lines().enumerate().map(|(i, line)| (i + 1, line.trim())) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match entry(line) {
                Ok(entry)
                    if entries.iter().any(|e: &Entry| {
                        e.service == entry.service && e.action == entry.action && same_kind(&e.rule, &entry.rule)
                    }) =>
                {
                    errors.push(format!("line {number}: a second entry for `{} {}`", entry.service, entry.action));
                }
                Ok(entry) => entries.push(entry),
                Err(error) => errors.push(format!("line {number}: {error}")),
            }
        }
        if errors.is_empty() { Ok(Overrides { entries }) } else { Err(errors) }
    }

    /// The number of `action`'s first page, when the table states it: an entry for the action
    /// wins over one for its whole service.
    pub fn base(&self, service: &str, action: &str) -> Option<u64> {
        let bases = self.entries.iter().filter(|e| e.matches(service, action)).filter_map(|e| match e.rule {
            Rule::Base(base) | Rule::OffsetIsPage(Some(base)) => Some((e.action != "*", base)),
            _ => None,
        });
        bases.max_by_key(|(specific, _)| *specific).map(|(_, base)| base)
    }

    /// Whether the request member `name` of `service` is never a page token.
    pub fn is_not_token(&self, service: &str, name: &str) -> bool {
        self.entries.iter().any(|e| e.matches(service, "*") && e.rule == Rule::NotToken(name.to_owned()))
    }

    /// Whether `action`'s `Offset` holds a page number.
    pub fn is_offset_a_page(&self, service: &str, action: &str) -> bool {
        self.entries
            .iter()
            .any(|e| e.action != "*" && e.matches(service, action) && matches!(e.rule, Rule::OffsetIsPage(_)))
    }

    /// Whether `action` is marked not paged.
    pub fn is_not_paged(&self, service: &str, action: &str) -> bool {
        self.entries.iter().any(|e| e.action != "*" && e.matches(service, action) && e.rule == Rule::NotPaged)
    }
}

fn same_kind(a: &Rule, b: &Rule) -> bool {
    match (a, b) {
        (Rule::NotToken(a), Rule::NotToken(b)) => a == b,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

fn entry(line: &str) -> Result<Entry, String> {
    let Some((fields, evidence)) = line.split_once(" --") else {
        return Err("expected `<service> <action> <rule> -- <evidence>`: no evidence".to_owned());
    };
    if evidence.trim().is_empty() {
        return Err("the evidence is empty".to_owned());
    }
    let words: Vec<&str> = fields.split_whitespace().collect();
    let rule = match words.get(2..).unwrap_or_default() {
        ["base", base @ ("0" | "1")] => Rule::Base(base.parse().map_err(|_| "a base is 0 or 1".to_owned())?),
        ["base", other] => return Err(format!("base `{other}`: expected 0 or 1")),
        ["not-token", member] => Rule::NotToken((*member).to_owned()),
        ["not-paged"] => Rule::NotPaged,
        ["offset-is-page"] => Rule::OffsetIsPage(None),
        ["offset-is-page", "base", base @ ("0" | "1")] => {
            Rule::OffsetIsPage(Some(base.parse().map_err(|_| "a base is 0 or 1".to_owned())?))
        }
        _ => {
            return Err(format!(
                "unknown rule in `{fields}`: expected `base 0`, `base 1`, `not-token <Member>`, `not-paged` or \
                 `offset-is-page [base 0|1]`"
            ));
        }
    };
    match (&rule, words[1]) {
        (Rule::NotPaged, "*") => return Err("`not-paged` names one action".to_owned()),
        (Rule::OffsetIsPage(_), "*") => return Err("`offset-is-page` names one action".to_owned()),
        (Rule::NotToken(_), action) if action != "*" => {
            return Err("`not-token` applies to every action: `*`".to_owned());
        }
        _ => {}
    }
    Ok(Entry { service: words[0].to_owned(), action: words[1].to_owned(), rule })
}
