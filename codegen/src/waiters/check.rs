//! Each waiter held against its version's spec: the action exists and is online, the path
//! resolves member by member (`[]` exactly on lists) to a scalar, each matcher fits the path,
//! values fit the member's type, and error codes are the service's or common ones.

use super::{Entry, Matcher};
use crate::spec::{Member, Spec, Status};

/// The common codes of API 3.0 (the same list `ErrorCode` is written from).
const COMMON_CODES: &str = include_str!("../../common-codes.txt");

/// Every way `entry` disagrees with `spec` (its service's version); empty when it fits.
pub fn check(entry: &Entry, spec: &Spec) -> Vec<String> {
    let mut errors = Vec::new();
    let at = format!("line {}: {} {} {}", entry.line, entry.service, entry.version, entry.name);
    match spec.actions.iter().find(|(name, _)| *name == entry.action) {
        None => return vec![format!("{at}: no action {}", entry.action)],
        Some((_, status)) if *status != Status::Online => {
            errors.push(format!("{at}: {} is {status:?}, not online", entry.action));
        }
        Some(_) => {}
    }
    let leaf = match path_leaf(spec, &format!("{}Response", entry.action), &entry.path) {
        Ok(leaf) => Some(leaf),
        Err(error) => {
            errors.push(format!("{at}: path `{}`: {error}", entry.path));
            None
        }
    };
    for (_, matcher) in &entry.acceptors {
        let value = match matcher {
            Matcher::All(value) | Matcher::Any(value) if !entry.reads_list() => {
                errors.push(format!("{at}: `all`/`any` {value} on a path without `[]`: use `is`"));
                continue;
            }
            Matcher::Is(value) if entry.reads_list() => {
                errors.push(format!("{at}: `is {value}` on a path with `[]`: use `all` or `any`"));
                continue;
            }
            Matcher::All(value) | Matcher::Any(value) | Matcher::Is(value) => value,
            Matcher::Empty => continue,
            Matcher::Error(code) => {
                let known = spec.errors.iter().any(|c| c == code) || COMMON_CODES.lines().any(|c| c == code);
                if !known {
                    errors.push(format!("{at}: `{code}` is not an error code of {} nor a common one", spec.service));
                }
                continue;
            }
        };
        if let Some(leaf) = leaf {
            if !fits(leaf.item(), value) {
                errors.push(format!("{at}: `{value}` is not a value of {} (`{}`)", leaf.wire(), leaf.item()));
            }
        }
    }
    errors
}

/// The member the path ends on, from the object `start`.
fn path_leaf<'a>(spec: &'a Spec, start: &str, path: &str) -> Result<&'a Member, String> {
    let mut object_name = start.to_owned();
    let steps: Vec<&str> = path.split('.').collect();
    for (index, step) in steps.iter().enumerate() {
        let (name, list) = step.strip_suffix("[]").map_or((*step, false), |name| (name, true));
        let object = spec.objects.get(&object_name).ok_or_else(|| format!("no object {object_name}"))?;
        let member = object
            .members()
            .iter()
            .find(|m| m.wire() == name)
            .ok_or_else(|| format!("{object_name} has no member `{name}`"))?;
        match (list, member.is_list()) {
            (true, false) => return Err(format!("{object_name}.{name} is not a list: no `[]`")),
            (false, true) => return Err(format!("{object_name}.{name} is a list: write `{name}[]`")),
            _ => {}
        }
        let scalar = is_scalar(member.item());
        match (index + 1 == steps.len(), scalar) {
            (true, true) => return Ok(member),
            (true, false) => {
                return Err(format!("{object_name}.{name} is a `{}`, not a string, number or boolean", member.item()));
            }
            (false, true) => {
                return Err(format!("{object_name}.{name} is a `{}`: the path cannot go on", member.item()));
            }
            (false, false) => object_name = member.item().to_owned(),
        }
    }
    Err("the path is empty".to_owned())
}

fn is_scalar(item: &str) -> bool {
    matches!(item, "string" | "int64" | "uint64" | "float" | "bool" | "date" | "datetime" | "datetime_iso")
}

/// Whether `value` can be a value of a member of type `item`, as the runtime compares them.
fn fits(item: &str, value: &str) -> bool {
    match item {
        "int64" => value.parse::<i64>().is_ok(),
        "uint64" => value.parse::<u64>().is_ok(),
        "float" => value.parse::<f64>().is_ok(),
        "bool" => matches!(value, "true" | "false"),
        _ => true,
    }
}
