//! intlpartnersmgt requests check the documented rules before sending; responses decode
//! as leniently as the service answers; error codes are typed.

use std::time::Duration;

use serde_json::json;
use tc3::Action as _;
use tc3::intlpartnersmgt::{self as api, ErrorCode};

fn broken(violations: &[tc3::Violation]) -> Vec<(String, &'static str)> {
    violations.iter().map(|v| (v.field().to_owned(), v.rule())).collect()
}

fn account() -> api::CreateAccount {
    tc3::request!(api::CreateAccount {
        account_type: "company",
        mail: "ops@example.com",
        password: "Abcd1234!",
        confirm_password: "Abcd1234!",
        phone_num: "18888888888",
        country_code: "852",
        area: "HK",
        verify_code: "584265",
        trade_one: "kghy_01",
        trade_two: "kghy_0101",
    })
}

#[test]
fn a_valid_account_breaks_no_rule() {
    assert!(account().violations().is_empty(), "{:?}", account().violations());
}

#[test]
fn create_account_rules_are_all_reported_at_once() {
    let mut request = account();
    request.account_type = "business".into();
    request.mail = "not-an-address".into();
    request.password = "abcdefgh 1".into();
    request.country_code = "86".into();
    request.verify_code = "12345".into();
    request.customer_name = Some("12345".into());
    assert_eq!(
        broken(&request.violations()),
        [
            ("AccountType".to_owned(), "one_of"),
            ("Mail".to_owned(), "email"),
            ("Password".to_owned(), "custom"),
            ("CountryCode".to_owned(), "not_one_of"),
            ("VerifyCode".to_owned(), "length"),
            ("CustomerName".to_owned(), "custom"),
            ("ConfirmPassword".to_owned(), "custom"),
        ]
    );
}

#[test]
fn passwords_and_codes_never_show_in_debug() {
    let shown = format!("{:?}", account());
    assert!(!shown.contains("Abcd1234!") && !shown.contains("584265"), "{shown}");
}

#[test]
fn months_pages_and_lists_are_checked() {
    let bill = api::DescribeBillDetail {
        month: "2024-13".into(),
        page_size: 201,
        page: 0,
        pay_mode: Some("monthly".into()),
        action_type: Some("postpay_deduct_h".into()),
    };
    assert_eq!(
        broken(&bill.violations()),
        [
            ("Month".to_owned(), "pattern"),
            ("PageSize".to_owned(), "range"),
            ("Page".to_owned(), "range"),
            ("PayMode".to_owned(), "one_of")
        ]
    );
    let credit = api::QueryCreditByUinList { uin_list: (0..51).collect() };
    assert_eq!(broken(&credit.violations()), [("UinList".to_owned(), "length")]);
    let info = api::DescribeCustomerInfo { customer_uin: Vec::new() };
    assert_eq!(broken(&info.violations()), [("CustomerUin".to_owned(), "length")]);
}

#[test]
fn bill_files_exist_from_june_2022() {
    let early = api::DescribeBillDownloadUrl { month: "2022-05".into(), file_type: "L3".into() };
    assert_eq!(broken(&early.violations()), [("Month".to_owned(), "custom")]);
    let fine = api::DescribeBillDownloadUrl { month: "2022-06".into(), file_type: "L3".into() };
    assert!(fine.violations().is_empty());
}

#[test]
fn cost_explorer_periods_have_a_documented_span() {
    let mut filter = api::DescribeCustomerOwnCostExplorerFilter {
        start_time: "2024-01-01 00:00:00".into(),
        end_time: "2024-06-30 23:59:59".into(),
        period_type: "month".into(),
    };
    assert!(filter.violations().is_empty());
    filter.period_type = "day".into();
    assert_eq!(broken(&filter.violations()), [("EndTime".to_owned(), "custom")]);
    filter.end_time = "2023-12-31 00:00:00".into();
    assert_eq!(broken(&filter.violations()), [("EndTime".to_owned(), "custom")]);
}

#[test]
fn numbers_arrive_as_strings_and_null_or_missing_members_are_none() {
    let body = json!({
        "Total": "3",
        "Data": [{"ClientUin": "100001", "Credit": "100.50", "RemainingCredit": 7, "Name": 12, "Extra": [1]}],
        "Unknown": {"Nested": true},
        "RequestId": "r-1"
    });
    let answer: api::QueryCustomersCreditResponse = serde_json::from_value(body).unwrap();
    assert_eq!(answer.total, Some(3));
    let item = &answer.data.as_ref().unwrap()[0];
    assert_eq!(item.client_uin, Some(100_001));
    assert_eq!(item.credit.as_ref().unwrap().as_str(), "100.50");
    assert_eq!(item.remaining_credit.as_ref().unwrap().as_str(), "7");
    assert_eq!(item.name.as_deref(), Some("12"));
    assert_eq!(item.email, None);
    let null: api::QueryPartnerCreditResponse =
        serde_json::from_str(r#"{"TotalCredit": null, "RequestId": "r-2"}"#).unwrap();
    assert_eq!(null.total_credit, None);
    let verified: api::QueryAccountVerificationStatusResponse =
        serde_json::from_str(r#"{"AccountStatus": "true", "RequestId": "r-3"}"#).unwrap();
    assert_eq!(verified.account_status, Some(true));
    let paging: api::QueryCustomersCredit = serde_json::from_value(json!({"PageSize": "10", "Page": 1})).unwrap();
    assert_eq!(paging.page_size, Some(10));
    let missing = serde_json::from_str::<api::QueryPartnerCreditResponse>(r#"{"TotalCredit": 1}"#).unwrap_err();
    assert!(missing.to_string().contains("missing field `RequestId`"), "{missing}");
    let wrong = serde_json::from_value::<api::QueryCustomersCredit>(json!({"PageSize": "ten"})).unwrap_err();
    assert!(wrong.to_string().contains("\"ten\""), "{wrong}");
}

#[test]
fn enumerations_keep_values_they_do_not_list() {
    let body = json!({"SummaryOverview": [{"PayMode": "brandNewMode", "PayModeName": "New"}], "RequestId": "r"});
    let answer: api::DescribeBillSummaryByPayModeResponse = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(serde_json::to_value(&answer).unwrap()["SummaryOverview"][0]["PayMode"], "brandNewMode");
}

#[test]
fn error_codes_are_typed_with_an_unknown_fallback() {
    assert_eq!(ErrorCode::from("FailedOperation.PhoneBindUpper"), ErrorCode::FailedOperationPhoneBindUpper);
    assert_eq!(ErrorCode::from("InvalidParameterValue.UnSupportArea"), ErrorCode::InvalidParameterValueUnSupportArea);
    assert_eq!(ErrorCode::from("AuthFailure.SignatureExpire"), ErrorCode::AuthFailureSignatureExpire);
    assert_eq!(
        ErrorCode::from("RequestLimitExceeded.UinLimitExceeded").as_str(),
        "RequestLimitExceeded.UinLimitExceeded"
    );
    assert_eq!(ErrorCode::from("Nope.New"), ErrorCode::Unknown("Nope.New".into()));
    let service_codes = include_str!("../../spec/intlpartnersmgt-error-codes.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| line.split('\t').next().unwrap());
    for code in service_codes {
        let typed = ErrorCode::from(code);
        assert!(!matches!(typed, ErrorCode::Unknown(_)), "{code}");
        assert_eq!(typed.to_string(), code);
    }
    let error = tc3::Error::service("FailedOperation.SendMailLimit180", "wait", Some("r".into()));
    assert_eq!(ErrorCode::of(&error), Some(ErrorCode::FailedOperationSendMailLimit180));
    assert_eq!(ErrorCode::of(&tc3::Error::credentials("x")), None);
}

#[test]
fn documented_waits_become_retry_after() {
    assert_eq!(
        api::SendVerifyCode::retry_after("FailedOperation.SendVerifyCodeLimit60"),
        Some(Duration::from_secs(60))
    );
    assert_eq!(
        api::CreateAndSendClientInvitationMail::retry_after("FailedOperation.SendMailLimit180"),
        Some(Duration::from_secs(180))
    );
    assert_eq!(api::SendVerifyCode::retry_after("FailedOperation.PhoneBindUpper"), None);
    assert_eq!(api::CreateAccount::retry_after("FailedOperation.SendVerifyCodeLimit60"), None);
}

#[test]
fn the_action_table_lists_every_action_once_with_its_facts() {
    let names: std::collections::BTreeSet<&str> = api::ACTIONS.iter().map(|a| a.action).collect();
    assert_eq!(names.len(), 46);
    let send = tc3::ActionInfo::find(api::ACTIONS, "SendVerifyCode").unwrap();
    assert_eq!(
        (send.service, send.version, send.idempotent, send.rate_limit),
        ("intlpartnersmgt", "2022-09-28", false, Some(20))
    );
    let bills = tc3::ActionInfo::find(api::ACTIONS, "DescribeBillDetail").unwrap();
    assert_eq!((bills.idempotent, bills.rate_limit), (true, Some(1)));
    assert_eq!(api::ACTIONS.iter().filter(|a| !a.idempotent).count(), 9, "the nine that change state");
}
