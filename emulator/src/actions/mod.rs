//! The 46 actions, each answered from the state: customers, credit, applications and
//! invitations as stored, and bills, vouchers and policies derived from the seed.

mod applications;
mod bills;
mod cost_explorer;
mod credit;
mod customer_queries;
pub(crate) mod downloads;
mod generic;
mod invitations;
pub(crate) mod onboarding;
mod policy;
pub(crate) mod reference;
pub(crate) mod vouchers;

use serde_json::{Map, Value};
use tc3::ActionInfo;
use tc3::intlpartnersmgt::v20220928;

use crate::envelope::ApiError;
use crate::state::State;

/// A successful answer's fields, or the refusal.
pub(crate) type Answer = Result<Map<String, Value>, ApiError>;

/// What an action runs with.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub(crate) state: &'a mut State,
    pub(crate) now: u64,
    /// The caller's secret id.
    pub(crate) caller: &'a str,
    /// The caller's uin when it signed with a customer's own key pair; `None` for the partner.
    pub(crate) customer: Option<u64>,
    /// The emulator's own URL, e.g. `http://127.0.0.1:41234`, for links it hands out.
    pub(crate) url: &'a str,
}

/// Whether `action` is one a customer calls about itself, with its own key pair.
pub(crate) fn is_own(action: &str) -> bool {
    v20220928::OWN_KEY_ACTIONS.contains(&action)
}

/// Runs `action` (known to the API description) with checked `params`.
pub(crate) fn run(action: &str, p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let public = v20220928::EITHER_KEY_ACTIONS.contains(&action);
    match (cx.customer, is_own(action)) {
        (Some(uin), false) if !public => {
            return Err(ApiError::new(
                "UnauthorizedOperation.UinNoAuth",
                format!("Uin {uin} is a customer; {action} is called by the partner."),
            ));
        }
        (None, true) => {
            let code = if action.contains("Voucher") { "FailedOperation" } else { "UnauthorizedOperation.UinNoAuth" };
            return Err(ApiError::new(
                code,
                format!("{action} is called by a customer about itself, signed with its own key pair."),
            ));
        }
        _ => {}
    }
    match action {
        "GetCountryCodes" => reference::get_country_codes(),
        "GetTradeConfigList" => reference::get_trade_config_list(),
        "SendVerifyCode" => onboarding::send_verify_code(p, cx),
        "CreateAccount" => onboarding::create_account(p, cx),
        "AllocateCustomerCredit" => credit::allocate_customer_credit(p, cx),
        "QueryCustomersCredit" => credit::query_customers_credit(p, cx),
        "QueryPartnerCredit" => credit::query_partner_credit(cx),
        "QueryCreditAllocationHistory" => credit::query_credit_allocation_history(p, cx),
        "ModifyClientRemark" => credit::modify_client_remark(p, cx),
        "ForceQN" => credit::force_qn(p, cx),
        "DescribeCustomerUin" => credit::describe_customer_uin(p, cx),
        "DescribeCustomerInfo" => credit::describe_customer_info(p, cx),
        "DescribeBillSummary" => bills::describe_bill_summary(p, cx),
        "DescribeBillDetail" => bills::describe_bill_detail(p, cx),
        "DescribeCustomerBillDetail" => bills::describe_customer_bill_detail(p, cx),
        "DescribeCustomerBillSummary" => bills::describe_customer_bill_summary(p, cx),
        "DescribeBillSummaryByProduct" => bills::describe_bill_summary_by(p, cx, "product"),
        "DescribeBillSummaryByRegion" => bills::describe_bill_summary_by(p, cx, "region"),
        "DescribeBillSummaryByPayMode" => bills::describe_bill_summary_by(p, cx, "payMode"),
        "CreateAndSendClientInvitationMail" => invitations::create_and_send(p, cx),
        "QueryInvitationInfo" => invitations::query(p, cx),
        "QueryPendingClientsV2" => applications::pending(p, cx, "Client"),
        "QueryPendingSubAgentsV2" => applications::pending(p, cx, "SubAgent"),
        "ApproveClientApply" => applications::approve(p, cx, "Client"),
        "ApproveSubAgentApply" => applications::approve(p, cx, "SubAgent"),
        "QuerySubAgentsDetailV2" => applications::sub_agents(p, cx),
        "AllocateCreditPool" => applications::allocate_credit_pool(p, cx),
        "QueryCreditByUinList" => customer_queries::query_credit_by_uin_list(p, cx),
        "QueryDirectCustomersCredit" => customer_queries::query_direct_customers_credit(cx),
        "QueryAccountVerificationStatus" => customer_queries::query_account_verification_status(p, cx),
        "QueryT1IndirectCustomersDetail" => customer_queries::query_t1_indirect_customers_detail(p, cx),
        "QueryVoucherPool" => vouchers::query_voucher_pool(cx),
        "QueryVoucherAmountByUin" => vouchers::query_voucher_amount_by_uin(p, cx),
        "QueryVoucherListByUin" => vouchers::query_voucher_list_by_uin(p, cx),
        "DescribeCustomerVoucherList" => vouchers::describe_customer_voucher_list(p, cx),
        "DescribeCustomerVoucherUsageDetails" => vouchers::describe_customer_voucher_usage_details(p, cx),
        "DescribeBillDownloadUrl" => downloads::describe_bill_download_url(p, cx),
        "DescribeCustomerBillDownloadUrl" => downloads::describe_customer_bill_download_url(p, cx),
        "DescribeRebateDownloadUrl" => downloads::describe_rebate_download_url(p, cx),
        "QueryPolicyProductListByCode" => policy::query_policy_product_list_by_code(p, cx),
        "QueryCustomerBillingQuota" => customer_queries::query_customer_billing_quota(cx),
        "DescribeCustomerOwnVoucherList" => vouchers::describe_customer_own_voucher_list(p, cx),
        "DescribeCustomerOwnVoucherUsageDetails" => vouchers::describe_customer_own_voucher_usage_details(p, cx),
        "DescribeCustomerBillDetailByDay" => cost_explorer::describe_customer_bill_detail_by_day(p, cx),
        "DescribeCustomerOwnCostExplorerFilter" => cost_explorer::describe_customer_own_cost_explorer_filter(p, cx),
        "DescribeCustomerOwnCostExplorerSummary" => cost_explorer::describe_customer_own_cost_explorer_summary(p, cx),
        other => Err(ApiError::new("InternalError", format!("The emulator does not model {other}."))),
    }
}

/// What tc3's request type of `action` says of it: the one table of these facts.
fn info(action: &str) -> Option<&'static ActionInfo> {
    ActionInfo::find(v20220928::ACTIONS, action)
}

/// Whether `action` changes state (and must be saved after it succeeds): every action tc3
/// does not treat as idempotent.
pub(crate) fn changes_state(action: &str) -> bool {
    info(action).is_some_and(|info| !info.idempotent)
}

/// Requests per second one caller may make: the documented limit, or 5 where none is
/// documented, as tc3's request types carry it.
pub(crate) fn rate_limit(action: &str) -> u32 {
    info(action).and_then(|info| info.rate_limit).unwrap_or(u32::MAX)
}

/// Decodes checked parameters into the action's request type from `tc3::intlpartnersmgt`,
/// the same wire format the SDK sends.
pub(crate) fn typed<T: serde::de::DeserializeOwned>(p: &Value) -> Result<T, ApiError> {
    T::deserialize(p)
        .map_err(|e| ApiError::new("InvalidParameter", format!("The parameters do not fit the action: {e}.")))
}

/// A string parameter, or "" when absent.
pub(crate) fn str_param<'a>(p: &'a Value, name: &str) -> &'a str {
    p[name].as_str().unwrap_or_default()
}

/// An integer parameter (digit strings were normalized by the schema check).
pub(crate) fn int_param(p: &Value, name: &str) -> Option<i64> {
    p[name].as_i64().or_else(|| p[name].as_u64().map(|u| u as i64))
}

/// The page `Page` (from 1) of `PageSize` items (default `default_size`).
pub(crate) fn page<T>(p: &Value, default_size: i64, items: Vec<T>) -> Vec<T> {
    let size = int_param(p, "PageSize").filter(|s| *s > 0).unwrap_or(default_size) as usize;
    let page = int_param(p, "Page").filter(|s| *s > 0).unwrap_or(1) as usize;
    items.into_iter().skip((page - 1).saturating_mul(size)).take(size).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::spec;

    #[test]
    fn every_documented_action_is_modelled() {
        let mut state = State::new(1, 1_700_000_000);
        for (action, _) in &spec().actions {
            let mut cx = Ctx { state: &mut state, now: 1_700_000_000, caller: "-", customer: None, url: "" };
            let answer = run(action, &Value::Object(Map::new()), &mut cx);
            assert!(answer.as_ref().err().is_none_or(|e| e.code != "InternalError"), "{action}: {answer:?}");
        }
    }
}
