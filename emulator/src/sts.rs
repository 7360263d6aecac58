//! Temporary credentials, as STS (2018-08-13) and the CVM metadata service hand them out:
//! AssumeRole for a caller signing with a key the emulator knows, AssumeRoleWithWebIdentity
//! for an unsigned caller holding an OIDC token, and the instance role's keys under
//! `/latest/meta-data/`. The API then accepts each issued key pair with its token, until
//! it expires.

use serde_json::{Map, Value, json};

use crate::envelope::ApiError;
use crate::keys::{DEFAULT_DURATION_SECS, IssuedKeys};

/// The service name STS calls sign with.
pub(crate) const SERVICE: &str = "sts";
/// The STS version of both actions.
pub(crate) const VERSION: &str = "2018-08-13";
/// Where the metadata service lists the instance's role and serves its keys.
pub(crate) const METADATA_PATH: &str = "/latest/meta-data/cam/security-credentials/";
/// The CAM role of the emulated CVM instance.
pub const INSTANCE_ROLE: &str = "tc3-emulator-instance-role";
/// The longest lifetime a request may ask for.
const MAX_DURATION_SECS: u64 = 43_200;

/// Whether (`action`, `version`) is an STS call rather than one of the partner API.
pub(crate) fn is_sts_call(action: &str, version: Option<&str>) -> bool {
    version == Some(VERSION) && matches!(action, "AssumeRole" | "AssumeRoleWithWebIdentity")
}

/// Runs an STS action whose caller has been checked (signed for AssumeRole, a token for
/// AssumeRoleWithWebIdentity).
pub(crate) fn run(
    action: &str,
    params: &Value,
    temporary: &IssuedKeys,
    seed: u64,
    now: u64,
) -> Result<Map<String, Value>, ApiError> {
    let text = |name: &str| -> Result<&str, ApiError> {
        match params.get(name) {
            None | Some(Value::Null) => {
                Err(ApiError::new("MissingParameter", format!("The parameter `{name}` is missing.")))
            }
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(ApiError::new("InvalidParameter", format!("The parameter `{name}` must be a string."))),
        }
    };
    let role_arn = text("RoleArn")?;
    if !is_role_arn(role_arn) {
        return Err(ApiError::new(
            "InvalidParameter.ResouceError",
            format!("RoleArn `{role_arn}` is not `qcs::cam::uin/<uin>:roleName/<name>`."),
        ));
    }
    let session = text("RoleSessionName")?;
    let session_ok = (2..=128).contains(&session.len())
        && session.bytes().all(|b| b.is_ascii_alphanumeric() || b"_+=,.@-".contains(&b));
    if !session_ok {
        return Err(ApiError::new(
            "InvalidParameter.ParamError",
            "RoleSessionName must be 2 to 128 characters of letters, digits and _+=,.@-.",
        ));
    }
    if action == "AssumeRoleWithWebIdentity" {
        text("ProviderId")?;
        if text("WebIdentityToken")?.split('.').count() != 3 {
            return Err(ApiError::new("InvalidParameter.WebIdentityTokenError", "WebIdentityToken is not a JWT."));
        }
    }
    let duration = match params.get("DurationSeconds") {
        None | Some(Value::Null) => DEFAULT_DURATION_SECS,
        Some(v) => v
            .as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            .filter(|d| (1..=MAX_DURATION_SECS).contains(d))
            .ok_or_else(|| {
                ApiError::new(
                    "InvalidParameter.OverTimeError",
                    format!("DurationSeconds must be between 1 and {MAX_DURATION_SECS}."),
                )
            })?,
    };
    let issued = temporary.issue(seed, now, duration);
    let mut out = Map::new();
    out.insert(
        "Credentials".into(),
        json!({
            "Token": issued.token,
            "TmpSecretId": issued.pair.credentials.secret_id(),
            "TmpSecretKey": issued.pair.secret_key,
        }),
    );
    out.insert("ExpiredTime".into(), json!(issued.expires_at));
    out.insert("Expiration".into(), json!(iso8601(issued.expires_at)));
    Ok(out)
}

/// What the metadata service answers for the instance role: its current keys, as JSON.
pub(crate) fn instance_role_keys(temporary: &IssuedKeys, seed: u64, now: u64) -> Value {
    let issued = temporary.instance_role(seed, now);
    json!({
        "TmpSecretId": issued.pair.credentials.secret_id(),
        "TmpSecretKey": issued.pair.secret_key,
        "Token": issued.token,
        "ExpiredTime": issued.expires_at,
        "Expiration": iso8601(issued.expires_at),
        "Code": "Success",
    })
}

/// `YYYY-MM-DDThh:mm:ssZ`, as `Expiration` is written.
fn iso8601(unix_secs: u64) -> String {
    format!("{}Z", crate::clock::datetime(unix_secs).replacen(' ', "T", 1))
}

/// `qcs::cam::uin/<digits>:roleName/<name>` or `qcs::cam::uin/<digits>:role/<id>`.
fn is_role_arn(arn: &str) -> bool {
    let Some(rest) = arn.strip_prefix("qcs::cam::uin/") else { return false };
    let Some((uin, role)) = rest.split_once(':') else { return false };
    let name = role.strip_prefix("roleName/").or_else(|| role.strip_prefix("role/"));
    !uin.is_empty() && uin.bytes().all(|b| b.is_ascii_digit()) && name.is_some_and(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_arns_of_both_shapes_are_accepted_and_others_refused() {
        assert!(is_role_arn("qcs::cam::uin/100000000001:roleName/partner-app"));
        assert!(is_role_arn("qcs::cam::uin/100000000001:role/4611686018427397919"));
        for bad in ["", "qcs::cam::uin/:roleName/x", "qcs::cam::uin/12a:roleName/x", "qcs::cam::uin/1:user/x"] {
            assert!(!is_role_arn(bad), "{bad}");
        }
    }
}
