//! Temporary credentials, as STS (2018-08-13) and the CVM metadata service hand them out:
//! AssumeRole for a caller signing with a key the emulator knows, AssumeRoleWithWebIdentity
//! for an unsigned caller holding an OIDC token, and the instance role's keys under
//! `/latest/meta-data/`. The API then accepts each issued key pair with its token, until
//! it expires.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Map, Value, json};

use crate::envelope::ApiError;
use crate::state::random::{hash, mix};
use crate::verify::KeyPair;

/// The service name STS calls sign with.
pub(crate) const SERVICE: &str = "sts";
/// The STS version of both actions.
pub(crate) const VERSION: &str = "2018-08-13";
/// Where the metadata service lists the instance's role and serves its keys.
pub(crate) const METADATA_PATH: &str = "/latest/meta-data/cam/security-credentials/";
/// The CAM role of the emulated CVM instance.
pub const INSTANCE_ROLE: &str = "tc3-emulator-instance-role";
/// Lifetime when the request names none (the real default), and the longest allowed.
const DEFAULT_DURATION_SECS: u64 = 7200;
const MAX_DURATION_SECS: u64 = 43_200;
/// How long before expiry the instance role's keys are replaced.
const INSTANCE_ROTATION_SECS: u64 = 900;
/// Secret ids of issued keys start with this.
const TEMPORARY_PREFIX: &str = "AKIDtc3Temporary";

/// Whether (`action`, `version`) is an STS call rather than one of the partner API.
pub(crate) fn is_sts_call(action: &str, version: Option<&str>) -> bool {
    version == Some(VERSION) && matches!(action, "AssumeRole" | "AssumeRoleWithWebIdentity")
}

/// A key pair handed out, its token, and when it stops working (Unix seconds).
#[derive(Clone)]
pub(crate) struct Issued {
    pub(crate) pair: KeyPair,
    pub(crate) token: String,
    pub(crate) expires_at: u64,
}

/// Shows neither the secret key nor the token.
impl std::fmt::Debug for Issued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issued").field("pair", &self.pair).field("expires_at", &self.expires_at).finish_non_exhaustive()
    }
}

/// The key pairs handed out and not yet expired.
#[derive(Debug, Default)]
pub(crate) struct IssuedKeys {
    issued: Mutex<HashMap<String, Issued>>,
    count: AtomicU64,
    /// The instance role's current keys: the metadata service hands out the same ones
    /// until they near expiry, not a new pair per request.
    instance: Mutex<Option<Issued>>,
}

impl IssuedKeys {
    /// A fresh key pair valid for `duration` seconds from `now`; expired ones are forgotten.
    pub(crate) fn issue(&self, seed: u64, now: u64, duration: u64) -> Issued {
        let n = self.count.fetch_add(1, Ordering::Relaxed);
        let a = hash(seed, &format!("temporary key/{n}"));
        let (b, c) = (mix(a), mix(a ^ 0x5EC7));
        let secret_key = format!("{a:016x}{b:016x}");
        let issued = Issued {
            pair: KeyPair::new(format!("{TEMPORARY_PREFIX}{n:020}"), secret_key),
            token: format!("tc3-emulator-token-{c:016x}{:016x}", mix(c)),
            expires_at: now + duration,
        };
        let mut all = self.issued.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        all.retain(|_, i| i.expires_at > now);
        all.insert(issued.pair.credentials.secret_id().to_owned(), issued.clone());
        issued
    }

    /// The issued key pair of `secret_id`, expired or not.
    pub(crate) fn get(&self, secret_id: &str) -> Option<Issued> {
        self.issued.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(secret_id).cloned()
    }
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

/// What the metadata service answers for the instance role: its keys, as JSON; new ones
/// once the current ones have less than [`INSTANCE_ROTATION_SECS`] left.
pub(crate) fn instance_role_keys(temporary: &IssuedKeys, seed: u64, now: u64) -> Value {
    let mut current = temporary.instance.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let issued = match &*current {
        Some(issued) if issued.expires_at > now + INSTANCE_ROTATION_SECS => issued.clone(),
        _ => current.insert(temporary.issue(seed, now, DEFAULT_DURATION_SECS)).clone(),
    };
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

    #[test]
    fn debug_shows_no_secret() {
        let issued = IssuedKeys::default().issue(1, 1_000, 60);
        let shown = format!("{issued:?}");
        assert!(shown.contains(issued.pair.credentials.secret_id()), "{shown}");
        assert!(!shown.contains(&issued.pair.secret_key) && !shown.contains(&issued.token), "{shown}");
    }

    #[test]
    fn issued_keys_are_distinct_and_forgotten_after_expiry() {
        let t = IssuedKeys::default();
        let a = t.issue(1, 1000, 10);
        let b = t.issue(1, 1000, 100);
        assert_ne!(a.pair.credentials.secret_id(), b.pair.credentials.secret_id());
        assert_ne!(a.token, b.token);
        t.issue(1, 1050, 10);
        assert!(t.get(a.pair.credentials.secret_id()).is_none());
        assert!(t.get(b.pair.credentials.secret_id()).is_some());
    }

    #[test]
    fn the_instance_role_keeps_its_keys_until_they_near_expiry() {
        let t = IssuedKeys::default();
        let id = |v: Value| v["TmpSecretId"].as_str().unwrap().to_owned();
        let first = id(instance_role_keys(&t, 1, 1000));
        assert_eq!(id(instance_role_keys(&t, 1, 1000 + DEFAULT_DURATION_SECS - INSTANCE_ROTATION_SECS - 1)), first);
        let later = id(instance_role_keys(&t, 1, 1000 + DEFAULT_DURATION_SECS - INSTANCE_ROTATION_SECS));
        assert_ne!(later, first);
    }
}
