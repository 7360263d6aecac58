//! The older signature (v1: `SignatureMethod` HmacSHA1, the default, or HmacSHA256) that API
//! 3.0 still accepts and the official SDKs send under `ClientProfile(signMethod=...)`. Every
//! parameter travels form-encoded (POST body or GET query), the common ones (`Action`,
//! `Timestamp`, `SecretId`, ...) among them; the signature is the base64 HMAC of
//! `METHOD host path ?k=v&...` with the keys sorted and the values as sent.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::Value;

use crate::envelope::ApiError;
use crate::keys::{self, Keys};
use crate::query_params;
use crate::verify::{self, Signed};

/// Parameters of the protocol, not of the action.
const COMMON: &[&str] = &[
    "Action",
    "Version",
    "Region",
    "Timestamp",
    "Nonce",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Token",
    "Language",
    "RequestClient",
];

/// A call signed the v1 way: its decoded parameters, common ones included.
#[derive(Debug)]
pub(crate) struct Call {
    pairs: Vec<(String, String)>,
}

impl Call {
    /// The call in `request`, when it carries no `Authorization` header and a `Signature`
    /// parameter in its form-encoded body (POST) or query string (GET).
    pub(crate) fn of(request: &Signed<'_>) -> Option<Self> {
        if request.authorization.is_some() {
            return None;
        }
        let form = match request.method {
            "GET" => request.query,
            "POST" if request.content_type.starts_with("application/x-www-form-urlencoded") => {
                std::str::from_utf8(request.payload).ok()?
            }
            _ => return None,
        };
        let pairs = query_params::pairs(form).ok()?;
        pairs.iter().any(|(k, _)| k == "Signature").then_some(Call { pairs })
    }

    /// The value of parameter `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Checks the signature as [`verify::verify`] does for TC3; returns the caller's secret id.
    pub(crate) fn verify(
        &self,
        request: &Signed<'_>,
        keys: &Keys,
        now: u64,
        is_customer: &dyn Fn(u64) -> bool,
    ) -> Result<&str, ApiError> {
        let missing = |name: &str| ApiError::new("MissingParameter", format!("The parameter `{name}` is missing."));
        let secret_id = self.get("SecretId").ok_or_else(|| missing("SecretId"))?;
        let timestamp = self.get("Timestamp").ok_or_else(|| missing("Timestamp"))?;
        self.get("Nonce").ok_or_else(|| missing("Nonce"))?;
        let timestamp: u64 = timestamp
            .trim()
            .parse()
            .map_err(|_| ApiError::new("InvalidParameter", "The parameter `Timestamp` must be Unix seconds."))?;
        verify::check_timestamp(timestamp, now)?;
        let pair = keys.find(secret_id, self.get("Token"), now, is_customer)?;
        let text = self.string_to_sign(request);
        let key = pair.secret_key.as_bytes();
        let digest = match self.get("SignatureMethod").unwrap_or("HmacSHA1") {
            "HmacSHA1" => mac::<Hmac<sha1::Sha1>>(key, &text),
            "HmacSHA256" => mac::<Hmac<sha2::Sha256>>(key, &text),
            other => {
                return Err(ApiError::new(
                    "InvalidParameterValue",
                    format!("The SignatureMethod `{other}` is not HmacSHA1, HmacSHA256 or TC3-HMAC-SHA256."),
                ));
            }
        };
        let expected = base64::engine::general_purpose::STANDARD.encode(digest);
        let given = self.get("Signature").unwrap_or_default();
        if !keys::constant_time_eq(expected.as_bytes(), given.as_bytes()) {
            return Err(ApiError::new(
                "AuthFailure.SignatureFailure",
                "The signature does not match the request and the key.",
            ));
        }
        Ok(secret_id)
    }

    /// `METHOD host path ?` and the parameters but `Signature`, sorted by key, `k=v` joined
    /// by `&`, values decoded; keys with `_` read as `.`, as the official SDKs sign them.
    fn string_to_sign(&self, request: &Signed<'_>) -> String {
        let mut pairs: Vec<(String, &str)> = self
            .pairs
            .iter()
            .filter(|(k, _)| k != "Signature")
            .map(|(k, v)| (k.replace('_', "."), v.as_str()))
            .collect();
        pairs.sort();
        let params: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("{}{}{}?{}", request.method, request.host, request.path, params.join("&"))
    }

    /// The action's own parameters, nested as a JSON body would have them.
    pub(crate) fn params(&self) -> Result<Value, ApiError> {
        let own = self.pairs.iter().filter(|(k, _)| !COMMON.contains(&k.as_str())).cloned().collect();
        query_params::nest(own)
    }
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], text: &str) -> Vec<u8> {
    let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(text.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: &str = "127.0.0.1:8080";
    const NOW: u64 = 1_700_000_000;

    fn keys() -> Keys {
        let mut keys = Keys::default();
        keys.insert(keys::KeyPair::new("AKIDTEST".into(), "secret".into()));
        keys
    }

    /// A GET with `query`, `Signature` appended as computed for `method` and `key`.
    fn check(query: &str, method: &str, key: &str) -> Result<String, String> {
        let unsigned = Signed { query, ..request("") };
        let call = Call { pairs: query_params::pairs(query).unwrap() };
        let text = call.string_to_sign(&unsigned);
        let digest = match method {
            "HmacSHA256" => mac::<Hmac<sha2::Sha256>>(key.as_bytes(), &text),
            _ => mac::<Hmac<sha1::Sha1>>(key.as_bytes(), &text),
        };
        let signature = base64::engine::general_purpose::STANDARD.encode(digest).replace('+', "%2B");
        let query = format!("{query}&Signature={signature}");
        let request = request(&query);
        let call = Call::of(&request).ok_or("not v1")?;
        call.verify(&request, &keys(), NOW, &|_| false).map(str::to_owned).map_err(|e| e.code.into_owned())
    }

    fn request(query: &str) -> Signed<'_> {
        Signed {
            method: "GET",
            path: "/",
            query,
            host: HOST,
            content_type: "",
            authorization: None,
            timestamp: None,
            token: None,
            unsigned_payload: false,
            payload: b"",
        }
    }

    #[test]
    fn both_hmacs_are_accepted_and_a_wrong_key_is_not() {
        let base = format!("Action=GetCountryCodes&Nonce=7&SecretId=AKIDTEST&Timestamp={NOW}&Version=2022-09-28");
        assert_eq!(check(&base, "HmacSHA1", "secret"), Ok("AKIDTEST".into()));
        let sha256 = format!("{base}&SignatureMethod=HmacSHA256");
        assert_eq!(check(&sha256, "HmacSHA256", "secret"), Ok("AKIDTEST".into()));
        assert_eq!(check(&sha256, "HmacSHA1", "secret"), Err("AuthFailure.SignatureFailure".into()));
        assert_eq!(check(&base, "HmacSHA1", "other"), Err("AuthFailure.SignatureFailure".into()));
    }

    #[test]
    fn common_parameters_are_checked_first() {
        let old = format!("Nonce=1&SecretId=AKIDTEST&Timestamp={}", NOW - 301);
        assert_eq!(check(&old, "HmacSHA1", "secret"), Err("AuthFailure.SignatureExpire".into()));
        let stranger = format!("Nonce=1&SecretId=AKIDNOBODY&Timestamp={NOW}");
        assert_eq!(check(&stranger, "HmacSHA1", "secret"), Err("AuthFailure.SecretIdNotFound".into()));
        assert_eq!(
            check(&format!("SecretId=AKIDTEST&Timestamp={NOW}"), "HmacSHA1", "secret"),
            Err("MissingParameter".into())
        );
        let md5 = format!("Nonce=1&SecretId=AKIDTEST&Timestamp={NOW}&SignatureMethod=HmacMD5");
        assert_eq!(check(&md5, "HmacSHA1", "secret"), Err("InvalidParameterValue".into()));
    }

    #[test]
    fn the_action_gets_its_own_parameters_nested() {
        let call = Call { pairs: query_params::pairs("Action=X&Nonce=1&UinList.0=5&UinList.1=6&Page=2").unwrap() };
        assert_eq!(call.params().unwrap(), serde_json::json!({"UinList": ["5", "6"], "Page": "2"}));
        assert!(Call::of(&request("Action=X&Nonce=1")).is_none(), "no Signature, not a v1 call");
    }
}
