//! What a script must be before it is played: an action the emulator answers from the spec,
//! at least one step, each an answer of the response's members or an error, given to at
//! least one call, and `when` parameters the action takes. Each refusal names the problem
//! as the script spells it (`step 2: ...`), for the HTTP 400 and the library's error alike.

use std::collections::BTreeSet;

use super::{Script, ScriptError, Step};
use crate::catalogue;
use crate::schema;
use crate::sts;

/// Refuses `script` with the first problem found.
pub(super) fn check(script: &Script) -> Result<(), ScriptError> {
    let (service, action) = (script.service.as_str(), script.action.as_str());
    if service == schema::SERVICE {
        return Err(ScriptError::new(format!(
            "{service} answers from its model, which scripts do not replace; script another service of the catalogue"
        )));
    }
    if !catalogue::has_service(service) {
        return Err(ScriptError::new(format!("unknown service `{service}`: expected one of the catalogue's")));
    }
    if service == sts::SERVICE && matches!(action, "AssumeRole" | "AssumeRoleWithWebIdentity") {
        return Err(ScriptError::new(format!("{service} {action} is answered by the emulator's STS, not scripted")));
    }
    let versions = catalogue::versions_with(service, action);
    if versions.is_empty() {
        return Err(ScriptError::new(format!("unknown action `{action}`: no version of {service} has it")));
    }
    let names = |object: &str| -> BTreeSet<&str> { versions.iter().flat_map(|v| v.member_names(object)).collect() };
    let parameters = names(&format!("{action}Request"));
    if let Some(name) = script.when.keys().find(|name| !parameters.contains(name.as_str())) {
        return Err(ScriptError::new(format!("`when` names `{name}`, which is no parameter of {action}")));
    }
    if script.steps.is_empty() {
        return Err(ScriptError::new("a script needs at least one step in `steps`"));
    }
    let members = names(&format!("{action}Response"));
    for (i, step) in script.steps.iter().enumerate() {
        check_step(step, action, &members).map_err(|problem| ScriptError::new(format!("step {}: {problem}", i + 1)))?;
    }
    Ok(())
}

/// One step's problem, without its number.
fn check_step(step: &Step, action: &str, members: &BTreeSet<&str>) -> Result<(), String> {
    match (&step.answer, &step.error) {
        (None, None) => return Err("expected an `answer` or an `error`, got neither".into()),
        (Some(_), Some(_)) => return Err("expected an `answer` or an `error`, got both".into()),
        (Some(answer), None) => {
            let Some(answer) = answer.as_object() else {
                return Err(format!("`answer` must be a JSON object of {action}'s response members"));
            };
            for name in answer.keys() {
                if name == "RequestId" {
                    return Err("`answer` holds `RequestId`, which is the emulator's; leave it out".into());
                }
                if !members.contains(name.as_str()) {
                    return Err(format!("`answer` names `{name}`, which is no member of {action}'s response"));
                }
            }
        }
        (None, Some(error)) => {
            if error.code.trim().is_empty() {
                return Err("the error's `code` is empty".into());
            }
        }
    }
    if step.times == 0 {
        return Err("`times` is 0; expected at least 1".into());
    }
    Ok(())
}
