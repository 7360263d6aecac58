//! Every request and response of intlpartnersmgt 2022-09-28 against bodies built from the
//! spec: requests round-trip through their wire JSON, responses decode every member.

#![allow(deprecated)]

use crate::support::spec_bodies;
use serde_json::json;
use tc3::intlpartnersmgt::v20220928 as api;

macro_rules! each_action {
    ($check:ident) => {
        each_action!(@ $check AllocateCreditPool AllocateCustomerCredit ApproveClientApply ApproveSubAgentApply
            CreateAccount CreateAndSendClientInvitationMail DescribeBillDetail DescribeBillDownloadUrl
            DescribeBillSummary DescribeBillSummaryByPayMode DescribeBillSummaryByProduct
            DescribeBillSummaryByRegion DescribeCustomerBillDetail DescribeCustomerBillDetailByDay
            DescribeCustomerBillDownloadUrl DescribeCustomerBillSummary DescribeCustomerInfo
            DescribeCustomerOwnCostExplorerFilter DescribeCustomerOwnCostExplorerSummary
            DescribeCustomerOwnVoucherList DescribeCustomerOwnVoucherUsageDetails DescribeCustomerUin
            DescribeCustomerVoucherList DescribeCustomerVoucherUsageDetails DescribeRebateDownloadUrl ForceQN
            GetCountryCodes GetTradeConfigList ModifyClientRemark QueryAccountVerificationStatus
            QueryCreditAllocationHistory QueryCreditByUinList QueryCustomerBillingQuota QueryCustomersCredit
            QueryDirectCustomersCredit QueryInvitationInfo QueryPartnerCredit QueryPendingClientsV2
            QueryPendingSubAgentsV2 QueryPolicyProductListByCode QuerySubAgentsDetailV2
            QueryT1IndirectCustomersDetail QueryVoucherAmountByUin QueryVoucherListByUin QueryVoucherPool
            SendVerifyCode)
    };
    (@ $check:ident $($action:ident)*) => {{
        let mut checked = Vec::new();
        $( paste_check!($check, $action, checked); )*
        checked
    }};
}

macro_rules! paste_check {
    (requests, $action:ident, $checked:ident) => {
        round_trip::<api::$action>(stringify!($action), &mut $checked)
    };
    (responses, $action:ident, $checked:ident) => {
        paste_response!($action, $checked)
    };
}

macro_rules! paste_response {
    ($action:ident, $checked:ident) => {{
        type Response = <api::$action as tc3::Action>::Response;
        decode_all::<Response>(stringify!($action), &mut $checked)
    }};
}

/// Decodes a realistic body and proves every member arrived by encoding it back.
fn decode_all<T>(action: &str, checked: &mut Vec<String>)
where
    T: serde::de::DeserializeOwned + serde::Serialize + Clone + PartialEq + std::fmt::Debug,
{
    let mut wire = spec_bodies::body(&format!("{action}Response"));
    wire["RequestId"] = json!("6f1ad7a4-5d4e-4c2b-9c1a-3f2b1e0d9c8b");
    let response: T = serde_json::from_value(wire.clone()).unwrap_or_else(|e| panic!("{action}: {e}"));
    assert_eq!(serde_json::to_value(&response).unwrap(), wire, "{action}");
    checked.push(action.to_owned());
}

fn round_trip<T>(action: &str, checked: &mut Vec<String>)
where
    T: tc3::Action + serde::de::DeserializeOwned + Clone + PartialEq + std::fmt::Debug,
{
    assert_eq!(T::ACTION, action);
    assert_eq!(T::SERVICE, "intlpartnersmgt");
    assert_eq!(T::VERSION, "2022-09-28");
    let wire = spec_bodies::body(&format!("{action}Request"));
    let request: T = serde_json::from_value(wire.clone()).unwrap_or_else(|e| panic!("{action}: {e}"));
    assert_eq!(serde_json::to_value(&request).unwrap(), wire, "{action}");
    let again: T = serde_json::from_slice(&request.to_wire().unwrap()).unwrap();
    assert_eq!(again, request, "{action}");
    checked.push(action.to_owned());
}

#[test]
fn every_request_round_trips_through_its_wire_json() {
    let checked = each_action!(requests);
    assert_eq!(checked, spec_bodies::actions());
}

#[test]
fn every_response_decodes_every_member_of_a_realistic_body() {
    let checked = each_action!(responses);
    assert_eq!(checked, spec_bodies::actions());
}

#[test]
fn optional_members_are_left_out_of_the_wire() {
    let request =
        api::QueryCustomersCredit { filter_type: None, filter: None, page: Some(1), page_size: Some(100), order: None };
    assert_eq!(serde_json::to_value(&request).unwrap(), json!({"Page": 1, "PageSize": 100}));
}

#[test]
fn money_keeps_its_digits() {
    let text = r#"{"AddedCredit":1234567.8900000001,"ClientUin":100000000001}"#;
    let request: api::AllocateCustomerCredit = serde_json::from_str(text).unwrap();
    assert_eq!(request.added_credit.as_str(), "1234567.8900000001");
    assert_eq!(String::from_utf8(tc3::Action::to_wire(&request).unwrap()).unwrap(), text);
}

#[test]
fn rate_limits_and_idempotency_follow_the_rules_file() {
    use tc3::Action as _;
    assert_eq!(api::SendVerifyCode::RATE_LIMIT, Some(20));
    assert_eq!(api::CreateAndSendClientInvitationMail::RATE_LIMIT, Some(1));
    assert_eq!(api::ModifyClientRemark::RATE_LIMIT, Some(5));
    const { assert!(!api::AllocateCustomerCredit::IDEMPOTENT) };
    const { assert!(!api::SendVerifyCode::IDEMPOTENT) };
    const { assert!(api::QueryCustomersCredit::IDEMPOTENT) };
    const { assert!(api::GetCountryCodes::IDEMPOTENT) };
}
