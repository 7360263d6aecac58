//! Rules checked at run time: every violation of a request at once, each naming the wire
//! field and the rule, never the value.

use tc3::Action as _;

/// A filter of a bill query; shared objects derive `tc3::Object`.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Filter {
    /// Filter name.
    #[tc3(one_of("PayMode", "Region"))]
    pub name: String,
    /// Filter values, each made of digits.
    #[tc3(length(min = 1, max = 3), digits)]
    pub values: Vec<String>,
}

fn no_spaces(value: &str) -> Result<(), String> {
    if value.contains(' ') { Err("no spaces".to_string()) } else { Ok(()) }
}

/// A request with one field per rule.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "billing", version = "2018-07-09", action = "DescribeBills", idempotent, response = serde_json::Value)]
pub struct Everything {
    /// Renamed on the wire.
    #[tc3(rename = "UIN", digits)]
    pub uin: String,
    /// A secret.
    #[tc3(sensitive, length(min = 8))]
    pub password: String,
    /// Page size.
    #[tc3(range(min = 1, max = 100))]
    pub limit: Option<u32>,
    /// A ratio.
    #[tc3(range(min = 0, max = 1))]
    pub ratio: Option<f64>,
    /// Month, `YYYY-MM`.
    #[tc3(pattern = "^[0-9]{4}-[0-9]{2}$")]
    pub month: Option<String>,
    /// Contact mail.
    #[tc3(email)]
    pub email: Option<String>,
    /// Kind code.
    #[tc3(one_of(1, 2, 3), not_one_of(2))]
    pub kind: i64,
    /// Filters.
    #[tc3(nested, length(max = 2))]
    pub filters: Option<Vec<Filter>>,
    /// Main filter.
    #[tc3(nested)]
    pub main: Option<Filter>,
    /// Free text.
    #[tc3(custom = no_spaces)]
    pub note: String,
    /// The type, a raw identifier.
    #[tc3(not_one_of("x"))]
    pub r#type: String,
}

fn valid() -> Everything {
    Everything {
        uin: "100000".into(),
        password: "long enough".into(),
        limit: Some(10),
        ratio: Some(0.5),
        month: Some("2024-05".into()),
        email: Some("a@b.co".into()),
        kind: 1,
        filters: Some(vec![Filter { name: "PayMode".into(), values: vec!["1".into()] }]),
        main: None,
        note: "ok".into(),
        r#type: "y".into(),
    }
}

#[test]
fn a_valid_request_has_no_violation() {
    assert!(valid().violations().is_empty(), "{:?}", valid().violations());
    const { assert!(Everything::IDEMPOTENT) };
    assert_eq!(Everything::ACTION, "DescribeBills");
    assert_eq!(Everything::RATE_LIMIT, None);
}

#[test]
fn all_violations_are_reported_at_once_naming_field_and_rule() {
    let request = Everything {
        uin: "12ab".into(),
        password: "short".into(),
        limit: Some(0),
        ratio: Some(1.5),
        month: Some("May".into()),
        email: Some("not a mail".into()),
        kind: 2,
        filters: Some(vec![
            Filter { name: "PayMode".into(), values: vec![] },
            Filter { name: "Nope".into(), values: vec!["1".into(), "x".into()] },
            Filter { name: "Region".into(), values: vec!["1".into()] },
        ]),
        main: Some(Filter { name: "Nope".into(), values: vec!["1".into()] }),
        note: "has spaces".into(),
        r#type: "x".into(),
    };
    let found: Vec<(String, &str)> = request.violations().iter().map(|v| (v.field().to_string(), v.rule())).collect();
    let expected = [
        ("UIN", "digits"),
        ("Password", "length"),
        ("Limit", "range"),
        ("Ratio", "range"),
        ("Month", "pattern"),
        ("Email", "email"),
        ("Kind", "not_one_of"),
        ("Filters", "length"),
        ("Filters[0].Values", "length"),
        ("Filters[1].Name", "one_of"),
        ("Filters[1].Values[1]", "digits"),
        ("Main.Name", "one_of"),
        ("Note", "custom"),
        ("Type", "not_one_of"),
    ];
    let expected: Vec<(String, &str)> = expected.iter().map(|(f, r)| ((*f).to_string(), *r)).collect();
    assert_eq!(found, expected);
    for violation in request.violations() {
        let shown = violation.to_string();
        for secret in ["12ab", "short", "May", "not a mail", "Nope", "has spaces"] {
            assert!(!shown.contains(secret), "{shown} shows the value");
        }
    }
}

#[test]
fn messages_say_what_is_expected() {
    let mut request = valid();
    request.password = "short".into();
    request.limit = Some(101);
    let shown: Vec<String> = request.violations().iter().map(ToString::to_string).collect();
    assert_eq!(shown, ["Password breaks `length`: at least 8 characters", "Limit breaks `range`: between 1 and 100"]);
}

#[test]
fn none_fields_are_omitted_and_optional_when_decoding() {
    let request = Everything { limit: None, ratio: None, month: None, email: None, filters: None, ..valid() };
    let json = serde_json::to_value(&request).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "UIN": "100000", "Password": "long enough", "Kind": 1, "Note": "ok", "Type": "y"
        })
    );
    let back: Everything = serde_json::from_value(json).unwrap();
    assert!(back == request);
    let missing = serde_json::from_value::<Everything>(serde_json::json!({"UIN": "1"})).unwrap_err();
    assert!(missing.to_string().contains("missing field `Password`"), "{missing}");
}

#[test]
fn debug_redacts_sensitive_fields() {
    let shown = format!("{:?}", valid());
    assert!(shown.contains("password: <redacted>"), "{shown}");
    assert!(!shown.contains("long enough"), "{shown}");
    assert!(shown.contains("uin: \"100000\""), "{shown}");
}

#[test]
fn builder_leaves_optional_fields_unset() {
    let built = tc3::request!(Everything {
        uin: "1",
        password: "long enough",
        kind: 3,
        note: String::from("ok"),
        r#type: "y".into(),
        limit: 5,
    });
    assert_eq!(built.limit, Some(5));
    assert_eq!(built.month, None);
    assert!(built.violations().is_empty());
}

/// `crate = "..."` points generated code at a re-export of tc3.
pub mod reexported {
    pub use tc3 as sdk;

    /// An empty request.
    #[derive(tc3::Action)]
    #[tc3(crate = "sdk", service = "sts", version = "2018-08-13", response = Caller)]
    pub struct GetCallerIdentity;

    /// Who is calling.
    #[derive(tc3::Object)]
    #[tc3(crate = "sdk")]
    pub struct Caller {
        /// The account.
        pub account_id: String,
        /// The request id.
        pub request_id: String,
    }
}

#[test]
fn empty_requests_serialize_to_an_empty_object() {
    use reexported::GetCallerIdentity;
    assert_eq!(serde_json::to_string(&GetCallerIdentity).unwrap(), "{}");
    assert_eq!(GetCallerIdentity.to_wire().unwrap(), b"{}");
    let caller: reexported::Caller =
        serde_json::from_str(r#"{"AccountId": "1", "RequestId": "r", "Extra": 1}"#).unwrap();
    assert_eq!(caller.account_id, "1");
    let _ = GetCallerIdentity::builder().build();
}
