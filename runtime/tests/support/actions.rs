//! Hand-written request types: what `#[derive(Action)]` generates, minus the checks.

use serde::{Deserialize, Serialize};
use tc3_runtime::{Action, Violation};

/// Not idempotent: a repeat sends a second SMS.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct SendVerifyCode {
    pub(crate) country_code: String,
    pub(crate) phone_num: String,
}

#[derive(Debug, Deserialize, PartialEq)]
pub(crate) struct SendVerifyCodeResponse {
    #[serde(rename = "RequestId")]
    pub(crate) request_id: String,
}

impl Action for SendVerifyCode {
    type Response = SendVerifyCodeResponse;
    const SERVICE: &'static str = "intlpartnersmgt";
    const VERSION: &'static str = "2022-09-28";
    const ACTION: &'static str = "SendVerifyCode";
    const RATE_LIMIT: Option<u32> = Some(20);

    fn retry_after(code: &str) -> Option<std::time::Duration> {
        (code == "FailedOperation.SendVerifyCodeLimit60").then(|| std::time::Duration::from_secs(60))
    }

    fn violations(&self) -> Vec<Violation> {
        let mut found = Vec::new();
        if self.country_code.is_empty() || !self.country_code.bytes().all(|b| b.is_ascii_digit()) {
            found.push(Violation::new("CountryCode", "digits", "only the digits 0-9"));
        }
        if ["7", "380", "86"].contains(&self.country_code.as_str()) {
            found.push(Violation::new("CountryCode", "not_one_of", "none of \"7\", \"380\", \"86\""));
        }
        if self.phone_num.is_empty() || !self.phone_num.bytes().all(|b| b.is_ascii_digit()) {
            found.push(Violation::new("PhoneNum", "digits", "only the digits 0-9"));
        }
        found
    }
}

/// An idempotent query, for the failures that only such calls may report as plain errors.
#[derive(Debug, Serialize)]
pub(crate) struct GetCountryCodes {}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
pub(crate) struct GetCountryCodesResponse {
    #[serde(rename = "Data")]
    data: Vec<CountryCode>,
    #[serde(rename = "RequestId")]
    pub(crate) request_id: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
pub(crate) struct CountryCode {
    #[serde(rename = "Country")]
    country: String,
    #[serde(rename = "Code")]
    code: String,
}

impl Action for GetCountryCodes {
    type Response = GetCountryCodesResponse;
    const SERVICE: &'static str = "intlpartnersmgt";
    const VERSION: &'static str = "2022-09-28";
    const ACTION: &'static str = "GetCountryCodes";
    const IDEMPOTENT: bool = true;
}

/// An action the service allows once a second, so that pacing shows in whole seconds.
#[derive(Debug, Serialize)]
pub(crate) struct OncePerSecond {}

impl Action for OncePerSecond {
    type Response = GetCountryCodesResponse;
    const SERVICE: &'static str = "intlpartnersmgt";
    const VERSION: &'static str = "2022-09-28";
    const ACTION: &'static str = "OncePerSecond";
    const RATE_LIMIT: Option<u32> = Some(1);
}

/// Not idempotent by itself, but it carries an idempotency token, as CVM's RunInstances does.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct RunInstances {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) client_token: Option<String>,
    pub(crate) instance_count: i64,
}

impl Action for RunInstances {
    type Response = SendVerifyCodeResponse;
    const SERVICE: &'static str = "cvm";
    const VERSION: &'static str = "2017-03-12";
    const ACTION: &'static str = "RunInstances";

    fn client_token(&mut self) -> Option<&mut String> {
        Some(self.client_token.get_or_insert_with(String::new))
    }
}

/// A chat that streams its answer when its `Stream` member is true, as hunyuan's
/// ChatCompletions does; idempotent, so that only the rule "never retry a stream once open"
/// keeps a cut stream from being asked again.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Chat {
    pub(crate) model: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) stream: Option<bool>,
}

/// One event of [`Chat`]'s stream, or its whole JSON answer.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ChatResponse {
    pub(crate) id: Option<String>,
    pub(crate) text: Option<String>,
    pub(crate) request_id: Option<String>,
}

impl Action for Chat {
    type Response = ChatResponse;
    const SERVICE: &'static str = "hunyuan";
    const VERSION: &'static str = "2023-09-01";
    const ACTION: &'static str = "ChatCompletions";
    const IDEMPOTENT: bool = true;
}

impl tc3_runtime::StreamingAction for Chat {
    fn request_stream(&mut self) {
        self.stream = Some(true);
    }
}
