//! What `#[derive(tc3::Action)]` and `#[derive(tc3::Object)]` generate, seen from a user's crate.

use tc3::Action as _;

/// The first step of onboarding: a code by SMS.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = SendVerifyCodeResponse, rate_limit = 20)]
pub struct SendVerifyCode {
    #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
    /// Country calling code.
    pub country_code: String,
    #[tc3(digits, length(min = 1, max = 32))]
    /// Phone number.
    pub phone_num: String,
}

/// Its response.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct SendVerifyCodeResponse {
    /// Request id.
    pub request_id: String,
}

#[test]
fn constants_come_from_the_attribute() {
    assert_eq!(SendVerifyCode::SERVICE, "intlpartnersmgt");
    assert_eq!(SendVerifyCode::VERSION, "2022-09-28");
    assert_eq!(SendVerifyCode::ACTION, "SendVerifyCode");
    const { assert!(!SendVerifyCode::IDEMPOTENT) };
    assert_eq!(SendVerifyCode::RATE_LIMIT, Some(20));
    assert_eq!(SendVerifyCode::SITES, [tc3::Site::International, tc3::Site::Mainland], "anywhere by default");
    assert_eq!(DescribeTsfThing::SITES, [tc3::Site::Mainland]);
    assert_eq!(tc3::ActionInfo::of::<DescribeTsfThing>().sites, [tc3::Site::Mainland]);
    assert_eq!(SendVerifyCode::HOST, None, "`<service>.<root domain>` by default");
    assert_eq!(ChatOnItsOwnHost::HOST, Some("es.ai.tencentcloudapi.com"));
    assert_eq!(tc3::ActionInfo::of::<ChatOnItsOwnHost>().host, Some("es.ai.tencentcloudapi.com"));
}

/// An action the official SDKs send to a host of its own, as `host` states it.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "es", version = "2025-01-01", response = SendVerifyCodeResponse, host = "es.ai.tencentcloudapi.com")]
pub struct ChatOnItsOwnHost {}

/// An action of one site, as `site` states it.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "tsf", version = "2018-03-26", response = SendVerifyCodeResponse, site = "mainland")]
pub struct DescribeTsfThing {}

#[test]
fn wire_format_is_pascal_case() {
    let req = SendVerifyCode { country_code: "852".into(), phone_num: "18888888888".into() };
    let json = serde_json::to_value(&req).unwrap();
    assert_eq!(json, serde_json::json!({"CountryCode": "852", "PhoneNum": "18888888888"}));
    let back: SendVerifyCode = serde_json::from_value(json).unwrap();
    assert!(back == req);
    assert!(req.violations().is_empty());
}

#[test]
fn every_violation_is_reported() {
    let req = SendVerifyCode { country_code: "86".into(), phone_num: "12ab".into() };
    let found: Vec<String> = req.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "CountryCode breaks `not_one_of`: none of \"7\", \"380\", \"86\"",
            "PhoneNum breaks `digits`: ASCII digits 0-9 only",
        ]
    );
}

#[test]
fn request_macro_builds() {
    let phone = String::from("18888888888");
    let req = tc3::request!(SendVerifyCode { country_code: "852", phone_num: phone });
    assert_eq!(req.country_code, "852");
    let req2 = SendVerifyCode::builder().phone_num("1").country_code("852").build();
    assert_eq!(format!("{req2:?}"), "SendVerifyCode { country_code: \"852\", phone_num: \"1\" }");
}

/// A request whose fields take every kind of literal `request!` checks at compile time.
#[derive(tc3::Action)]
#[tc3(service = "billing", version = "2018-07-09", response = SendVerifyCodeResponse)]
pub struct Literals {
    /// Offset, may be negative.
    #[tc3(range(min = -10, max = 10), not_one_of(0))]
    pub offset: i32,
    /// Ratio.
    #[tc3(range(min = 0, max = 1))]
    pub ratio: Option<f32>,
    /// A template with braces.
    #[tc3(one_of("{id}", "{name}"))]
    pub template: String,
    /// A switch.
    pub enabled: Option<bool>,
}

#[test]
fn request_macro_accepts_literals_that_keep_the_rules() {
    let built = tc3::request!(Literals { offset: -3, ratio: 0.5, template: String::from("{id}"), enabled: true });
    assert_eq!((built.offset, built.ratio, built.enabled), (-3, Some(0.5), Some(true)));
    assert!(built.violations().is_empty());
    let shown: Vec<String> = Literals { offset: 0, ratio: Some(2.0), template: "{x}".into(), enabled: None }
        .violations()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        shown,
        [
            "Offset breaks `not_one_of`: none of 0",
            "Ratio breaks `range`: between 0 and 1",
            "Template breaks `one_of`: one of \"{id}\", \"{name}\"",
        ]
    );
}

#[derive(tc3::Object, Clone, PartialEq)]
struct RunInstancesResponse {
    request_id: String,
}

#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cvm", version = "2017-03-12")]
struct RunInstances {
    client_token: Option<String>,
    instance_count: i64,
}

#[test]
fn the_client_token_member_is_the_idempotency_token() {
    let mut unset = RunInstances { client_token: None, instance_count: 1 };
    *unset.client_token().expect("a ClientToken member") = "filled".into();
    assert_eq!(unset.client_token, Some("filled".into()));
    let mut none = SendVerifyCode { country_code: "852".into(), phone_num: "1".into() };
    assert!(none.client_token().is_none(), "no ClientToken member, no token");
}

mod codes {
    pub(crate) const HONG_KONG: &str = "852";
}

const PHONE: &str = "51234567";
const OFFSET: i32 = -3;

#[test]
fn request_macro_checks_constants_as_literals_and_takes_those_that_keep_the_rules() {
    let sent = tc3::request!(SendVerifyCode { country_code: codes::HONG_KONG.into(), phone_num: PHONE });
    assert_eq!((sent.country_code.as_str(), sent.phone_num.as_str()), ("852", "51234567"));
    let built = tc3::request!(Literals { offset: OFFSET, template: "{id}" });
    assert_eq!(built.offset, -3);
}

#[derive(tc3::Object, Clone, PartialEq)]
struct UinsResponse {
    request_id: String,
}

#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = UinsResponse)]
struct QueryCreditByUinList {
    #[tc3(digits, length(min = 1, max = 3))]
    uin_list: Vec<String>,
    #[tc3(range(min = 1))]
    pages: Option<Vec<u32>>,
}

#[test]
fn request_macro_takes_list_literals_that_keep_the_rules() {
    let built =
        tc3::request!(QueryCreditByUinList { uin_list: vec!["100001".into(), PHONE.into()], pages: vec![1, 2] });
    assert_eq!(built.uin_list, ["100001", "51234567"]);
    assert_eq!(built.pages, Some(vec![1, 2]));
}
