//! Generated code is warning-free under the strictest lints a user may turn on: this file
//! fails to build (and CI's clippy run fails) if the derives emit anything they flag.

#![deny(warnings)]
#![deny(clippy::pedantic)]
#![deny(unreachable_pub, missing_docs, missing_debug_implementations, unused_qualifications)]

/// An object with every kind of rule.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Item {
    /// Name.
    #[tc3(length(min = 1, max = 10), pattern = "^[a-z]+$", one_of("a", "b"), not_one_of("c"))]
    pub name: String,
    /// Codes.
    #[tc3(digits, length(max = 3))]
    pub codes: Vec<String>,
    /// Count.
    #[tc3(range(min = 0, max = 255), one_of(1, 2), not_one_of(3))]
    pub count: u8,
    /// Share.
    #[tc3(range(min = -1, max = 1.5))]
    pub share: Option<f32>,
    /// Flag.
    pub flag: bool,
    /// Zone, which the mainland site requires.
    #[tc3(required_on = "mainland")]
    pub zone: Option<String>,
}

fn check_mail(mail: &str) -> Result<(), String> {
    if mail.ends_with(".invalid") { Err("a deliverable domain".to_owned()) } else { Ok(()) }
}

fn wait_for(code: &str) -> Option<std::time::Duration> {
    (code == "FailedOperation.SendVerifyCodeLimit60").then(|| std::time::Duration::from_secs(60))
}

fn check_create(create: &Create) -> Result<(), tc3::Violation> {
    if create.items.len() > 3 { Err(tc3::Violation::new("Items", "custom", "at most 3 items")) } else { Ok(()) }
}

/// A request with every container key.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(
    service = "intlpartnersmgt",
    version = "2022-09-28",
    action = "CreateAccount",
    response = Created,
    idempotent,
    rate_limit = 20,
    retry_after = wait_for,
    custom = check_create,
    lenient,
    crate = "::tc3"
)]
pub struct Create {
    /// Mail.
    #[tc3(email, sensitive, custom = check_mail, rename = "Mail")]
    pub mail: String,
    /// Items.
    #[tc3(nested, length(min = 1))]
    pub items: Vec<Item>,
    /// Main item.
    #[tc3(nested)]
    pub main: Option<Item>,
    /// Area.
    #[tc3(digits, not_one_of("86"))]
    pub area: Option<String>,
    /// The idempotency token.
    pub client_token: Option<String>,
    /// Project, which the international site requires.
    #[tc3(required_on = "international", range(min = 0))]
    pub project: Option<u64>,
}

/// The response, decoded leniently.
#[derive(tc3::Object, Clone, PartialEq)]
#[tc3(lenient)]
pub struct Created {
    /// Uin.
    pub uin: u64,
    /// Request id.
    pub request_id: String,
}

/// An action whose token is required.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cvm", version = "2017-03-12", response = Created)]
pub struct RunInstances {
    /// The idempotency token.
    pub client_token: String,
}

/// An action with no parameters.
#[derive(tc3::Action, Clone, Copy, PartialEq, Eq)]
#[tc3(service = "sts", version = "2018-08-13", response = Created)]
pub struct GetCallerIdentity {}

/// An action sent as raw bytes, its members in headers.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cls", version = "2020-10-16", response = Created)]
pub struct UploadLog {
    /// A header always sent.
    #[tc3(header = "X-CLS-TopicId")]
    pub topic_id: String,
    /// A header sent when set.
    #[tc3(header = "X-CLS-CompressType")]
    pub compress_type: Option<String>,
    /// The raw body.
    #[tc3(body)]
    pub body: Vec<u8>,
}

#[test]
fn strict_lints_accept_generated_code() {
    let request = tc3::request!(Create { mail: "a@b.co", items: Vec::new(), area: "852" });
    let violations = tc3::Action::violations(&request);
    assert_eq!(violations.len(), 1);
    assert_eq!(tc3::Action::violations_on(&request, tc3::Site::International).len(), 2);
    let _ = tc3::request!(GetCallerIdentity {});
    let upload = tc3::request!(UploadLog { topic_id: "t", body: vec![1, 2] });
    assert_eq!(tc3::Action::into_payload(upload).map(|p| p.bytes().to_vec()).ok(), Some(vec![1, 2]));
}
