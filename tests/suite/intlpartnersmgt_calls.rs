//! Every action called through the client, against a loopback server answering each with
//! a body built from the spec: each call is valid, is sent as its wire JSON, and decodes.

#![allow(deprecated)]

use serde_json::{Value, json};
use tc3::intlpartnersmgt::v20220928 as api;

use crate::support::loopback::Loopback;
use crate::support::spec_bodies;

/// A realistic request body of `action`: the spec's examples, with the few that break a
/// documented rule replaced.
fn realistic_request(action: &str) -> Value {
    let mut body = spec_bodies::body(&format!("{action}Request"));
    let patch = |body: &mut Value, key: &str, value: Value| {
        if body.get(key).is_some() {
            body[key] = value;
        }
    };
    patch(&mut body, "AccountType", json!("company"));
    patch(&mut body, "Password", json!("Bejs2745!"));
    patch(&mut body, "ConfirmPassword", json!("Bejs2745!"));
    // The official example spells it `Issused`; the documented values are the rule.
    patch(&mut body, "VoucherStatus", json!("Issued"));
    body
}

/// Calls `A` with its realistic request and checks the answer decodes every member.
async fn call<A>(server: &Loopback, client: &tc3::Client, action: &str) -> Result<(), String>
where
    A: tc3::Action + serde::de::DeserializeOwned + 'static,
    A::Response: serde::Serialize,
{
    let wire = realistic_request(action);
    let request: A = serde_json::from_value(wire.clone()).map_err(|e| format!("{action}: {e}"))?;
    let violations = request.violations();
    if !violations.is_empty() {
        return Err(format!("{action}: {violations:?}"));
    }
    let before = server.bodies().len();
    let response = client.call(request).await.map_err(|e| format!("{action}: {e}"))?;
    let sent = server.bodies().get(before).cloned().ok_or(format!("{action}: nothing sent"))?;
    if sent != wire {
        return Err(format!("{action}: sent {sent} instead of {wire}"));
    }
    let mut expected = spec_bodies::body(&format!("{action}Response"));
    expected["RequestId"] = json!(format!("id-{action}"));
    let decoded = serde_json::to_value(&response).unwrap();
    if decoded != expected {
        return Err(format!("{action}: decoded {decoded} from {expected}"));
    }
    Ok(())
}

macro_rules! call_all {
    ($server:ident, $client:ident, $failures:ident, $($action:ident)*) => {
        $(
            if let Err(failure) = call::<api::$action>(&$server, &$client, stringify!($action)).await {
                $failures.push(failure);
            }
        )*
    };
}

#[tokio::test]
async fn every_action_is_sent_and_answered() {
    let server = Loopback::start(|action, _| {
        let mut body = spec_bodies::body(&format!("{action}Response"));
        body["RequestId"] = json!(format!("id-{action}"));
        body
    })
    .await;
    let client = server.client();
    let mut failures = Vec::new();
    call_all!(server, client, failures,
        AllocateCreditPool AllocateCustomerCredit ApproveClientApply ApproveSubAgentApply CreateAccount
        CreateAndSendClientInvitationMail DescribeBillDetail DescribeBillDownloadUrl DescribeBillSummary
        DescribeBillSummaryByPayMode DescribeBillSummaryByProduct DescribeBillSummaryByRegion
        DescribeCustomerBillDetail DescribeCustomerBillDetailByDay DescribeCustomerBillDownloadUrl
        DescribeCustomerBillSummary DescribeCustomerInfo DescribeCustomerOwnCostExplorerFilter
        DescribeCustomerOwnCostExplorerSummary DescribeCustomerOwnVoucherList DescribeCustomerOwnVoucherUsageDetails
        DescribeCustomerUin DescribeCustomerVoucherList DescribeCustomerVoucherUsageDetails DescribeRebateDownloadUrl
        ForceQN GetCountryCodes GetTradeConfigList ModifyClientRemark QueryAccountVerificationStatus
        QueryCreditAllocationHistory QueryCreditByUinList QueryCustomerBillingQuota QueryCustomersCredit
        QueryDirectCustomersCredit QueryInvitationInfo QueryPartnerCredit QueryPendingClientsV2
        QueryPendingSubAgentsV2 QueryPolicyProductListByCode QuerySubAgentsDetailV2 QueryT1IndirectCustomersDetail
        QueryVoucherAmountByUin QueryVoucherListByUin QueryVoucherPool SendVerifyCode
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(server.bodies().len(), 46);
}

#[tokio::test]
async fn documented_waits_reach_the_caller() {
    let server = Loopback::start(|action, _| {
        let code = match action {
            "SendVerifyCode" => "FailedOperation.SendVerifyCodeLimit60",
            _ => "FailedOperation.SendMailLimit180",
        };
        json!({"Error": {"Code": code, "Message": "too soon"}, "RequestId": "wait"})
    })
    .await;
    let client = server.client();
    let sms = tc3::request!(api::SendVerifyCode { country_code: "852", phone_num: "51234567" });
    let error = client.call(sms).await.unwrap_err();
    assert_eq!(api::ErrorCode::of(&error), Some(api::ErrorCode::FailedOperationSendVerifyCodeLimit60));
    assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(60)));
    let mail = tc3::request!(api::CreateAndSendClientInvitationMail { email: "ops@example.com" });
    let error = client.call(mail).await.unwrap_err();
    assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(180)));
    assert_eq!(server.bodies().len(), 2, "a documented wait is not retried at once");
}

#[tokio::test]
async fn a_mainland_client_refuses_the_partner_api_before_sending() {
    let server = Loopback::start(|_, _| json!({"RequestId": "never"})).await;
    let mainland = tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDloopback", "secret"))
        .endpoint(server.url())
        .site(tc3::Site::Mainland)
        .build()
        .unwrap();
    let error = mainland.call(api::QueryPartnerCredit {}).await.unwrap_err();
    assert_eq!(error.kind(), tc3::ErrorKind::Config);
    assert!(error.to_string().contains("only on the international site"), "{error}");
    assert!(server.bodies().is_empty(), "the refused call was sent");
}
