//! The 46 actions, each answered from the state: customers, credit, applications and
//! invitations as stored, and bills, vouchers and policies derived from the seed. Each
//! reads its parameters as its request type from `tc3::intlpartnersmgt`, decoded once in
//! [`run`].

mod applications;
mod bills;
mod cost_explorer;
mod credit;
mod customer_queries;
pub(crate) mod downloads;
mod generic;
mod invitations;
mod ledger;
pub(crate) mod onboarding;
mod policy;
pub(crate) mod reference;
mod vouchers;

use serde_json::{Map, Value};
use tc3::ActionInfo;
use tc3::intlpartnersmgt::v20220928;

use crate::envelope::ApiError;
use crate::state::{Customer, State};

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

impl Ctx<'_> {
    /// The partner's customer `uin`, or the refusal `code`: actions document different ones.
    pub(crate) fn customer_or(&self, uin: u64, code: &'static str) -> Result<&Customer, ApiError> {
        self.state
            .customers
            .iter()
            .find(|c| c.uin == uin)
            .ok_or_else(|| ApiError::new(code, format!("Uin {uin} is not a customer of this partner.")))
    }

    /// The calling customer, for the actions it calls about itself with its own key pair.
    pub(crate) fn own_customer(&self) -> Result<&Customer, ApiError> {
        self.customer_or(self.customer.unwrap_or(0), "FailedOperation")
    }
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
        "SendVerifyCode" => onboarding::send_verify_code(typed(p)?, cx),
        "CreateAccount" => onboarding::create_account(typed(p)?, cx),
        "AllocateCustomerCredit" => credit::allocate_customer_credit(typed(p)?, cx),
        "QueryCustomersCredit" => credit::query_customers_credit(typed(p)?, cx),
        "QueryPartnerCredit" => credit::query_partner_credit(cx),
        "QueryCreditAllocationHistory" => credit::query_credit_allocation_history(typed(p)?, cx),
        "ModifyClientRemark" => credit::modify_client_remark(typed(p)?, cx),
        "ForceQN" => credit::force_qn(typed(p)?, cx),
        "DescribeCustomerUin" => credit::describe_customer_uin(typed(p)?, cx),
        "DescribeCustomerInfo" => credit::describe_customer_info(typed(p)?, cx),
        "DescribeBillSummary" => bills::describe_bill_summary(typed(p)?, cx),
        "DescribeBillDetail" => bills::describe_bill_detail(typed(p)?, cx),
        "DescribeCustomerBillDetail" => bills::describe_customer_bill_detail(typed(p)?, cx),
        "DescribeCustomerBillSummary" => bills::describe_customer_bill_summary(typed(p)?, cx),
        "DescribeBillSummaryByProduct" => bills::describe_bill_summary_by_product(typed(p)?, cx),
        "DescribeBillSummaryByRegion" => bills::describe_bill_summary_by_region(typed(p)?, cx),
        "DescribeBillSummaryByPayMode" => bills::describe_bill_summary_by_pay_mode(typed(p)?, cx),
        "CreateAndSendClientInvitationMail" => invitations::create_and_send(typed(p)?, cx),
        "QueryInvitationInfo" => invitations::query(typed(p)?, cx),
        "QueryPendingClientsV2" => applications::pending_clients(typed(p)?, cx),
        "QueryPendingSubAgentsV2" => applications::pending_sub_agents(typed(p)?, cx),
        "ApproveClientApply" => applications::approve_client(typed(p)?, cx),
        "ApproveSubAgentApply" => applications::approve_sub_agent(typed(p)?, cx),
        "QuerySubAgentsDetailV2" => applications::sub_agents(typed(p)?, cx),
        "AllocateCreditPool" => applications::allocate_credit_pool(typed(p)?, cx),
        "QueryCreditByUinList" => customer_queries::query_credit_by_uin_list(typed(p)?, cx),
        "QueryDirectCustomersCredit" => customer_queries::query_direct_customers_credit(cx),
        "QueryAccountVerificationStatus" => customer_queries::query_account_verification_status(typed(p)?, cx),
        "QueryT1IndirectCustomersDetail" => customer_queries::query_t1_indirect_customers_detail(typed(p)?, cx),
        "QueryVoucherPool" => vouchers::query_voucher_pool(cx),
        "QueryVoucherAmountByUin" => vouchers::query_voucher_amount_by_uin(typed(p)?, cx),
        "QueryVoucherListByUin" => vouchers::query_voucher_list_by_uin(typed(p)?, cx),
        "DescribeCustomerVoucherList" => vouchers::describe_customer_voucher_list(typed(p)?, cx),
        "DescribeCustomerVoucherUsageDetails" => vouchers::describe_customer_voucher_usage_details(typed(p)?, cx),
        "DescribeBillDownloadUrl" => downloads::describe_bill_download_url(typed(p)?, cx),
        "DescribeCustomerBillDownloadUrl" => downloads::describe_customer_bill_download_url(typed(p)?, cx),
        "DescribeRebateDownloadUrl" => downloads::describe_rebate_download_url(typed(p)?, cx),
        "QueryPolicyProductListByCode" => policy::query_policy_product_list_by_code(typed(p)?, cx),
        "QueryCustomerBillingQuota" => customer_queries::query_customer_billing_quota(cx),
        "DescribeCustomerOwnVoucherList" => vouchers::describe_customer_own_voucher_list(typed(p)?, cx),
        "DescribeCustomerOwnVoucherUsageDetails" => {
            vouchers::describe_customer_own_voucher_usage_details(typed(p)?, cx)
        }
        "DescribeCustomerBillDetailByDay" => cost_explorer::describe_customer_bill_detail_by_day(typed(p)?, cx),
        "DescribeCustomerOwnCostExplorerFilter" => {
            cost_explorer::describe_customer_own_cost_explorer_filter(typed(p)?, cx)
        }
        "DescribeCustomerOwnCostExplorerSummary" => {
            cost_explorer::describe_customer_own_cost_explorer_summary(typed(p)?, cx)
        }
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
fn typed<T: serde::de::DeserializeOwned>(p: &Value) -> Result<T, ApiError> {
    T::deserialize(p)
        .map_err(|e| ApiError::new("InvalidParameter", format!("The parameters do not fit the action: {e}.")))
}

/// A uin the request types carry signed: a negative one names no account, as 0 does.
pub(crate) fn uin(signed: i64) -> u64 {
    u64::try_from(signed).unwrap_or(0)
}

/// A `Page` or `PageSize` as the request types carry it: required or optional, signed or
/// not; `None` when absent or below 1.
pub(crate) trait Count {
    fn positive(self) -> Option<usize>;
}

impl Count for i64 {
    fn positive(self) -> Option<usize> {
        usize::try_from(self).ok().filter(|n| *n > 0)
    }
}

impl Count for Option<i64> {
    fn positive(self) -> Option<usize> {
        self.and_then(Count::positive)
    }
}

impl Count for Option<u64> {
    fn positive(self) -> Option<usize> {
        self.and_then(|n| usize::try_from(n).ok()).filter(|n| *n > 0)
    }
}

/// The page `number` (from 1; 1 when absent or below 1) of `size` items (`default_size`
/// when absent or below 1).
pub(crate) fn page<T>(number: impl Count, size: impl Count, default_size: usize, items: Vec<T>) -> Vec<T> {
    let size = size.positive().unwrap_or(default_size);
    let number = number.positive().unwrap_or(1);
    items.into_iter().skip((number - 1).saturating_mul(size)).take(size).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{check_input, spec};

    /// Each action decodes its checked parameters into its request type: a request the
    /// schema check lets through is never refused as not fitting, so the spec's types and
    /// tc3's request types agree (digit strings normalized, nested objects, lists).
    #[test]
    fn checked_parameters_fit_every_request_type() {
        let mut state = State::new(1, 1_700_000_000);
        let own = state.customers[0].uin;
        for (action, _) in &spec().actions {
            for seed in 0..8 {
                let mut params = Value::Object(generic::example_object(&format!("{action}Request"), seed, 0));
                // As a caller may send them: numbers as digit strings.
                for value in params.as_object_mut().into_iter().flat_map(|map| map.values_mut()) {
                    if let Some(n) = value.as_i64().filter(|_| seed % 2 == 1) {
                        *value = Value::String(n.to_string());
                    }
                }
                check_input(action, &mut params).unwrap_or_else(|e| panic!("{action}: {params}: {e:?}"));
                let customer = is_own(action).then_some(own);
                let mut cx = Ctx { state: &mut state, now: 1_700_000_000, caller: "-", customer, url: "" };
                let answer = run(action, &params, &mut cx);
                assert!(
                    answer.as_ref().err().is_none_or(|e| !e.message.contains("do not fit")),
                    "{action}: {params}: {answer:?}"
                );
            }
        }
    }

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
