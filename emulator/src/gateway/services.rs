//! What answers a call once the gateway has routed it: the partner API's model, a
//! service's spec, STS, a cassette, or (when recording) the real service.

use serde_json::{Map, Value};

use super::{ApiCall, check_form, params_of, verify_for};
use crate::actions::{self, Ctx};
use crate::cassette::{Cassette, Recorder};
use crate::catalogue;
use crate::envelope::ApiError;
use crate::keys;
use crate::schema::{self, SERVICE, VERSION};
use crate::shared::Shared;
use crate::sts;

/// When recording: the call, verified, sent on to the real service; the service's request
/// id goes into `request_id`. A raw-body or form call is refused, not forwarded.
pub(super) async fn recorded(
    shared: &Shared,
    recorder: &Recorder,
    call: &ApiCall<'_>,
    request_id: &mut Option<String>,
) -> Result<Map<String, Value>, ApiError> {
    check_form(call)?;
    verify_for(shared, call, call.service)?;
    if call.uploaded.is_some() || call.formed.is_some() {
        // Forwarded as JSON, the real service would get neither the bytes nor the files, and
        // its refusal would be recorded as the action's answer.
        return Err(ApiError::new(
            "_emulator.NotRecordable",
            format!(
                "{} {} sends raw bytes or a form, which recording does not forward (it forwards JSON calls): \
                 call the real service directly for it.",
                call.service, call.action
            ),
        ));
    }
    let params = params_of(call)?;
    recorder.forward(call.for_cassette(&params), request_id).await
}

/// A call of a service the cassette holds, answered from it.
pub(super) fn replayed(
    shared: &Shared,
    cassette: &Cassette,
    call: &ApiCall<'_>,
) -> Result<Map<String, Value>, ApiError> {
    verify_for(shared, call, call.service)?;
    if call.throttle {
        return Err(throttled(call.action));
    }
    let params = params_of(call)?;
    cassette.answer(call.for_cassette(&params))
}

/// A call to the partner API: its checks, then its model, with state.
pub(super) fn partner_call(shared: &Shared, call: &ApiCall<'_>) -> Result<Map<String, Value>, ApiError> {
    let (action, version, now) = (call.action, call.version, call.now);
    if !schema::has_action(action) {
        return Err(ApiError::new("InvalidAction", format!("The action `{action}` does not exist in {SERVICE}.")));
    }
    match version {
        None | Some("") => {
            return Err(ApiError::new("MissingParameter", "The request is missing the X-TC-Version header."));
        }
        Some(VERSION) => {}
        Some(other) => {
            return Err(ApiError::new("NoSuchVersion", format!("The version `{other}` of {SERVICE} does not exist.")));
        }
    }
    // Every call no other service takes comes here, and is verified for the partner API.
    let secret_id = verify_for(shared, call, SERVICE)?;
    let customer = keys::customer_uin(secret_id).filter(|_| !shared.keys.is_fixed(secret_id));
    if call.throttle || shared.rate_limits.over(secret_id, action, now) {
        return Err(ApiError::new(
            "RequestLimitExceeded",
            format!("Too many {action} requests; at most {} per second are allowed.", actions::rate_limit(action)),
        ));
    }
    let mut params = params_of(call)?;
    schema::check_input(action, &mut params)?;
    let mut state = shared.state.lock();
    let result = actions::run(
        action,
        &params,
        &mut Ctx { state: &mut state, now, caller: secret_id, customer, url: &shared.url },
    );
    if result.is_ok() && actions::changes_state(action) {
        // A change not saved must not be reported as done: it would be lost on restart.
        if let Err(e) = shared.state.save(state) {
            eprintln!("tc3-emulator: {e}");
            return Err(ApiError::new(
                "InternalError",
                format!("The change was made in memory, but {e}; a restart will not see it."),
            ));
        }
    }
    result
}

/// A call to a service of the catalogue, answered from its spec, or by the script that
/// matches it (`crate::scripts`) once its parameters are checked.
pub(super) fn catalogue_call(shared: &Shared, call: &ApiCall<'_>) -> Result<Map<String, Value>, ApiError> {
    let (service, action, version) = (call.service, call.action, call.version);
    let found = catalogue::check_call(service, action, version, call.site)?;
    let secret_id = verify_for(shared, call, service)?;
    if call.throttle {
        return Err(throttled(action));
    }
    let mut params = params_of(call)?;
    // A repeated idempotency token gets the first answer, and nothing is performed again.
    let token = params.get("ClientToken").and_then(Value::as_str).filter(|t| !t.is_empty());
    let key = token.map(|t| (service.to_owned(), action.to_owned(), secret_id.to_owned(), t.to_owned()));
    if let Some(first) = key.as_ref().and_then(|key| shared.performed.first_answer(key)) {
        return Ok(first);
    }
    let mut answer = found.answer(action, call.site, &mut params)?;
    shared.scripts.play(service, action, &params, &mut answer)?;
    shared.performed.add(service, action, key, &answer);
    Ok(answer)
}

/// AssumeRole must be signed with a key the emulator knows; AssumeRoleWithWebIdentity is
/// sent unsigned (`Authorization: SKIP`) and vouched for by its token.
pub(super) fn sts_call(shared: &Shared, call: &ApiCall<'_>) -> Result<Map<String, Value>, ApiError> {
    let (action, now) = (call.action, call.now);
    if action == "AssumeRole" {
        verify_for(shared, call, sts::SERVICE)?;
    } else {
        call.caller.get_or_init(|| "web identity".to_owned());
    }
    let params: Value = serde_json::from_slice(call.signed.payload)
        .map_err(|_| ApiError::new("InvalidParameter", "The request body is not valid JSON."))?;
    sts::run(action, &params, &shared.keys.temporary, shared.seed, now)
}

/// The refusal of a call the throttle fault picked.
pub(super) fn throttled(action: &str) -> ApiError {
    ApiError::new("RequestLimitExceeded", format!("Too many {action} requests."))
}
