//! Applications to join the partner, as a customer or a sub-agent, and their approval:
//! an approved client becomes a customer, an approved sub-agent is listed with the others.

use serde_json::{Map, Value, json};

use tc3::intlpartnersmgt::v20220928::{
    AllocateCreditPool, ApproveClientApply, ApproveSubAgentApply, QueryPendingClientsV2, QueryPendingSubAgentsV2,
    QuerySubAgentsDetailV2,
};

use super::customer_queries::indirect_customers;
use super::{Answer, Ctx, page, uin};
use crate::clock::datetime;
use crate::envelope::ApiError;
use crate::state::{Application, Customer, SubAgent, cents, money};

pub(crate) fn pending_clients(r: QueryPendingClientsV2, cx: &mut Ctx<'_>) -> Answer {
    pending(cx, "Client", r.page, r.page_size)
}

pub(crate) fn pending_sub_agents(r: QueryPendingSubAgentsV2, cx: &mut Ctx<'_>) -> Answer {
    pending(cx, "SubAgent", r.page, r.page_size)
}

/// A page of the applications to join as `role`: Client or SubAgent.
fn pending(cx: &Ctx<'_>, role: &str, number: i64, size: i64) -> Answer {
    let waiting: Vec<&Application> = cx.state.applications.iter().filter(|a| a.role == role).collect();
    let total = waiting.len();
    let data: Vec<Value> = page(number, size, 20, waiting)
        .into_iter()
        .map(|a| match role {
            "Client" => json!({"ApplyTime": datetime(a.applied_at), "ClientUin": a.uin, "Email": a.mail,
                "Mobile": a.mobile, "Name": a.name, "Status": "Pending", "Type": "company"}),
            _ => json!({"SubAgentUin": a.uin, "Name": a.name, "Mobile": a.mobile, "Email": a.mail,
                "ApplyTime": datetime(a.applied_at), "Status": "Reviewing", "MaterialUrl": "", "AuthState": 3}),
        })
        .collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    out.insert("Total".into(), json!(total));
    Ok(out)
}

pub(crate) fn approve_client(r: ApproveClientApply, cx: &mut Ctx<'_>) -> Answer {
    approve(cx, "Client", uin(r.client_uin), &r.approve_type)
}

pub(crate) fn approve_sub_agent(r: ApproveSubAgentApply, cx: &mut Ctx<'_>) -> Answer {
    approve(cx, "SubAgent", uin(r.sub_agent_uin), &r.approve_type)
}

/// Passes or rejects (`approve_type`) the application of `uin` to join as `role`.
fn approve(cx: &mut Ctx<'_>, role: &str, uin: u64, approve_type: &str) -> Answer {
    let pass = match approve_type {
        "pass" => true,
        "reject" => false,
        _ => return Err(ApiError::new("InvalidParameterValue", "ApproveType must be pass or reject.")),
    };
    if cx.state.customers.iter().any(|c| c.uin == uin) {
        return Err(ApiError::new(
            "InvalidParameterValue.UinAlreadyClient",
            format!("Uin {uin} is already a customer."),
        ));
    }
    if cx.state.sub_agents.iter().any(|s| s.uin == uin) {
        return Err(ApiError::new(
            "InvalidParameterValue.UinAlreadyReseller",
            format!("Uin {uin} is already a sub-agent."),
        ));
    }
    let Some(index) = cx.state.applications.iter().position(|a| a.uin == uin && a.role == role) else {
        let code = if role == "Client" { "FailedOperation.ClientNotApply" } else { "FailedOperation.ResellerNotApply" };
        return Err(ApiError::new(code, format!("Uin {uin} has no pending application.")));
    };
    let application = cx.state.applications.remove(index);
    if pass && role == "Client" {
        cx.state.customers.push(Customer {
            uin,
            name: application.name,
            mail: application.mail,
            country_code: String::new(),
            phone: application.mobile,
            area: String::new(),
            account_type: "company".into(),
            created_at: cx.now,
            credit_cents: 0,
            used_cents: 0,
            remark: String::new(),
            qn_type: 0,
        });
    } else if pass {
        cx.state.sub_agents.push(SubAgent {
            uin,
            name: application.name,
            mail: application.mail,
            mobile: application.mobile,
            bound_at: cx.now,
            remark: String::new(),
            credit_cents: 0,
        });
    }
    Ok(Map::new())
}

pub(crate) fn sub_agents(r: QuerySubAgentsDetailV2, cx: &mut Ctx<'_>) -> Answer {
    let filter = r.filter.unwrap_or_default().to_lowercase();
    let filter_type = r.filter_type.as_deref().unwrap_or_default();
    let mut agents: Vec<&SubAgent> = cx
        .state
        .sub_agents
        .iter()
        .filter(|s| {
            filter.is_empty()
                || match filter_type {
                    "SubAgentUin" => s.uin.to_string() == filter,
                    "Remark" => s.remark.to_lowercase().contains(&filter),
                    "Email" => s.mail.to_lowercase().contains(&filter),
                    _ => s.name.to_lowercase().contains(&filter),
                }
        })
        .collect();
    agents.sort_by_key(|s| s.bound_at);
    if r.order.as_deref() != Some("asc") {
        agents.reverse();
    }
    let total = agents.len();
    let (seed, now) = (cx.state.seed, cx.now);
    let data: Vec<Value> = page(r.page, r.page_size, 100, agents)
        .into_iter()
        .map(|s| {
            json!({"SubAgentUin": s.uin, "Name": s.name, "Remark": s.remark, "Mobile": s.mobile, "Email": s.mail,
                   "CountOfCustomers": indirect_customers(seed, s, now).len(), "BindTime": datetime(s.bound_at), "Credit": money(s.credit_cents),
                   "RemainingCredit": money(s.credit_cents),
                   "Voucher": 0, "RemainingVoucher": 0})
        })
        .collect();
    let mut out = Map::new();
    out.insert("Total".into(), json!(total));
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}

/// Moves credit from the partner's pool to a sub-agent's; never more than the pool holds.
pub(crate) fn allocate_credit_pool(request: AllocateCreditPool, cx: &mut Ctx<'_>) -> Answer {
    let uin = uin(request.sub_agent_uin);
    let out_of_range = || {
        ApiError::new(
            "InvalidParameterValue.VoucherAmountOutOfRange",
            "Credit must be positive, have at most two decimals and fit in the pool.",
        )
    };
    let credit = cents(request.credit.as_str()).filter(|c| *c > 0).ok_or_else(out_of_range)?;
    if credit > cx.state.pool_cents {
        return Err(out_of_range());
    }
    let agent = cx.state.sub_agents.iter_mut().find(|s| s.uin == uin).ok_or_else(|| {
        ApiError::new("UnauthorizedOperation.UinNoAuth", format!("Uin {uin} is not a sub-agent of this partner."))
    })?;
    agent.credit_cents += credit;
    let total = agent.credit_cents;
    cx.state.pool_cents -= credit;
    let mut out = Map::new();
    out.insert("RemainingCredit".into(), money(cx.state.pool_cents));
    out.insert("TotalCredit".into(), money(total));
    Ok(out)
}
