//! The two STS actions credential providers call, defined with tc3's own derive.

use tc3_macros::{Action, Object};

/// Temporary credentials of a role, for a caller with long-term credentials.
#[derive(Action, Clone, PartialEq)]
#[tc3(crate = "crate", service = "sts", version = "2018-08-13", response = AssumeRoleResponse, rate_limit = 600)]
pub(crate) struct AssumeRole {
    #[tc3(length(min = 1, max = 1024))]
    pub(crate) role_arn: String,
    #[tc3(length(min = 2, max = 128), pattern = "^[\\w+=,.@-]+$")]
    pub(crate) role_session_name: String,
    #[tc3(range(min = 0, max = 43200))]
    pub(crate) duration_seconds: Option<u64>,
}

/// Temporary credentials of a role, for a caller holding an OIDC token (TKE pods).
/// The call itself is not signed.
#[derive(Action, Clone, PartialEq)]
#[tc3(
    crate = "crate",
    service = "sts",
    version = "2018-08-13",
    response = AssumeRoleResponse,
    rate_limit = 600
)]
pub(crate) struct AssumeRoleWithWebIdentity {
    pub(crate) provider_id: String,
    #[tc3(sensitive)]
    pub(crate) web_identity_token: String,
    pub(crate) role_arn: String,
    #[tc3(length(min = 2, max = 128), pattern = "^[\\w+=,.@-]+$")]
    pub(crate) role_session_name: String,
    #[tc3(range(min = 0, max = 43200))]
    pub(crate) duration_seconds: Option<u64>,
}

/// The answer of both actions.
#[derive(Object, Clone, PartialEq)]
#[tc3(crate = "crate")]
pub(crate) struct AssumeRoleResponse {
    pub(crate) credentials: StsCredentials,
    /// Unix seconds.
    pub(crate) expired_time: u64,
    pub(crate) request_id: String,
}

/// The temporary key pair and its token.
#[derive(Object, Clone, PartialEq)]
#[tc3(crate = "crate")]
pub(crate) struct StsCredentials {
    #[tc3(sensitive)]
    pub(crate) token: String,
    pub(crate) tmp_secret_id: String,
    #[tc3(sensitive)]
    pub(crate) tmp_secret_key: String,
}
