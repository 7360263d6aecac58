//! Questions about the partner's customers and sub-agents by uin: their credit, whether
//! they are verified, and the customers a sub-agent brought (derived from the seed, as
//! bills are, since sub-agents' own customers are not created through this API).

use serde_json::{Map, Value, json};

use tc3::intlpartnersmgt::v20220928::{
    QueryAccountVerificationStatus, QueryCreditByUinList, QueryT1IndirectCustomersDetail,
};

use super::ledger::{Voucher, vouchers};
use super::{Answer, Ctx, uin};
use crate::clock::datetime;
use crate::envelope::ApiError;
use crate::random::hash;
use crate::state::{Customer, SubAgent, money};

const INDIRECT_NAMES: &[&str] =
    &["Chao Phraya Logistics", "Siam Games", "Isan Farms", "Andaman Travel", "Lanna Print", "Gulf Clinic"];

/// A customer of a sub-agent: (uin, name, bound at).
#[derive(Debug, Clone)]
pub(crate) struct IndirectCustomer {
    pub(crate) uin: u64,
    pub(crate) name: String,
    pub(crate) bound_at: u64,
}

/// The customers sub-agent `agent` brought by `now`, oldest first; a function of
/// (seed, uin, bind time).
pub(crate) fn indirect_customers(seed: u64, agent: &SubAgent, now: u64) -> Vec<IndirectCustomer> {
    let base = hash(seed, &format!("t1/{}", agent.uin));
    let count = base % (INDIRECT_NAMES.len() as u64 + 1);
    (0..count)
        .map(|i| {
            let h = hash(base, &i.to_string());
            IndirectCustomer {
                // Apart from the 2000... uins the state gives, so the two never meet.
                uin: 700_000_000_000 + h % 1_000_000_000,
                name: INDIRECT_NAMES[((h >> 32) as usize + i as usize) % INDIRECT_NAMES.len()].into(),
                bound_at: agent.bound_at + 86_400 * (1 + i * 7) + (h >> 40) % 86_400,
            }
        })
        .filter(|c| c.bound_at <= now)
        .collect()
}

const NOT_CUSTOMER: &str = "UnauthorizedOperation.NotCustomerUin";

fn credit(c: &Customer) -> Value {
    json!({"Uin": c.uin, "TotalCredit": money(c.credit_cents), "RemainingCredit": money(c.credit_cents - c.used_cents)})
}

/// The credit of each uin asked, in the order asked; 1 to 50 uins, all customers.
pub(crate) fn query_credit_by_uin_list(r: QueryCreditByUinList, cx: &mut Ctx<'_>) -> Answer {
    let asked = r.uin_list;
    if asked.is_empty() || asked.len() > 50 {
        return Err(ApiError::new("InvalidParameterValue.UinList", "UinList must hold 1 to 50 uins."));
    }
    let data = asked.into_iter().map(|uin| cx.customer_or(uin, NOT_CUSTOMER).map(credit)).collect::<Result<_, _>>()?;
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}

/// The credit of every direct customer, oldest first.
pub(crate) fn query_direct_customers_credit(cx: &mut Ctx<'_>) -> Answer {
    let mut customers: Vec<&Customer> = cx.state.customers.iter().collect();
    customers.sort_by_key(|c| c.created_at);
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(customers.into_iter().map(credit).collect()));
    Ok(out)
}

/// Customers are verified when they join (DescribeCustomerInfo says `AuthStatus` 1).
pub(crate) fn query_account_verification_status(r: QueryAccountVerificationStatus, cx: &mut Ctx<'_>) -> Answer {
    cx.customer_or(uin(r.client_uin), NOT_CUSTOMER)?;
    let mut out = Map::new();
    out.insert("AccountStatus".into(), Value::Bool(true));
    Ok(out)
}

/// The calling customer's own credit, vouchers it may still spend, and suspension.
pub(crate) fn query_customer_billing_quota(cx: &mut Ctx<'_>) -> Answer {
    let c = cx.own_customer()?;
    let spendable: i64 = vouchers(cx.state.seed, c, cx.now)
        .iter()
        .filter(|v| v.status(cx.now) == "Issued")
        .map(Voucher::remaining_cents)
        .sum();
    let data = json!({
        "TotalCredit": money(c.credit_cents), "RemainingCredit": money(c.credit_cents - c.used_cents),
        "RemainingVoucher": money(spendable), "Force": c.qn_type, "PrepayFrozen": 0, "PostpayFrozen": 0,
    });
    let mut out = Map::new();
    out.insert("Data".into(), data);
    Ok(out)
}

pub(crate) fn query_t1_indirect_customers_detail(r: QueryT1IndirectCustomersDetail, cx: &mut Ctx<'_>) -> Answer {
    let uin = uin(r.sub_agent_uin);
    let (page, size) = (r.page, r.page_size);
    if page < 1 || !(1..=100).contains(&size) {
        return Err(ApiError::new("InvalidParameterValue", "Page must be at least 1 and PageSize 1 to 100."));
    }
    let agent = cx.state.sub_agents.iter().find(|s| s.uin == uin).ok_or_else(|| {
        ApiError::new("FailedOperation.InvalidSubAgentUin", format!("Uin {uin} is not a sub-agent of this partner."))
    })?;
    let all = indirect_customers(cx.state.seed, agent, cx.now);
    let data: Vec<Value> = super::page(page, size, size as usize, all.clone())
        .into_iter()
        .map(|c| json!({"ClientUin": c.uin, "ClientName": c.name, "ClientBindTime": datetime(c.bound_at)}))
        .collect();
    let mut out = Map::new();
    out.insert("Total".into(), json!(all.len()));
    out.insert("SubAgentUin".into(), json!(agent.uin));
    out.insert("SubAgentName".into(), json!(agent.name));
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}
