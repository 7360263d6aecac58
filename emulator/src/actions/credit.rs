//! The credit pool and the customers it funds: allocation never beyond the pool, a history
//! of every allocation, remarks and forced suspension.

use serde_json::{Map, Value, json};

use tc3::intlpartnersmgt::v20220928::{
    AllocateCustomerCredit, DescribeCustomerInfo, DescribeCustomerUin, ForceQN, ModifyClientRemark,
    QueryCreditAllocationHistory, QueryCustomersCredit,
};

use super::{Answer, Ctx, page};
use crate::clock::datetime;
use crate::envelope::ApiError;
use crate::state::{Allocation, Customer, cents, money};

fn customer_not_found(uin: u64) -> ApiError {
    ApiError::new("UnauthorizedOperation.UinNoAuth", format!("Uin {uin} is not a customer of this partner."))
}

pub(crate) fn allocate_customer_credit(request: AllocateCustomerCredit, cx: &mut Ctx<'_>) -> Answer {
    let uin = request.client_uin;
    let added = cents(request.added_credit.as_str()).ok_or_else(|| {
        ApiError::new("InvalidParameterValue.CreditAmountOutOfRange", "AddedCredit must have at most two decimals.")
    })?;
    let pool_left = cx.state.pool_cents;
    let now = cx.now;
    let operator = cx.caller.to_owned();
    let customer = cx.state.customer_mut(uin).ok_or_else(|| customer_not_found(uin))?;
    let after = customer.credit_cents + added;
    if after < customer.used_cents || after < 0 {
        return Err(ApiError::new(
            "InvalidParameterValue.CreditAmountOutOfRange",
            "The credit would fall below what the customer has already used.",
        ));
    }
    if added > pool_left {
        return Err(ApiError::new(
            "FailedOperation.BalanceInsufficient",
            "The credit pool holds less than AddedCredit.",
        ));
    }
    customer.credit_cents = after;
    let remaining = after - customer.used_cents;
    cx.state.pool_cents -= added;
    cx.state.allocations.push(Allocation {
        client_uin: uin,
        at: now,
        operator,
        allocated_cents: added,
        credit_after_cents: after,
        remark: request.remark.unwrap_or_default(),
    });
    let mut out = Map::new();
    out.insert("TotalCredit".into(), money(after));
    out.insert("RemainingCredit".into(), money(remaining));
    Ok(out)
}

fn customer_credit(c: &Customer) -> Value {
    json!({
        "Name": c.name, "Type": if c.account_type == "company" { "1" } else { "0" }, "Mobile": c.phone, "Email": c.mail,
        "Arrears": "-", "AssociationTime": datetime(c.created_at)[..10], "RecentExpiry": "-",
        "ClientUin": c.uin, "Credit": money(c.credit_cents), "RemainingCredit": money(c.credit_cents - c.used_cents),
        "IdentifyType": 0, "Remark": c.remark, "Force": c.qn_type,
    })
}

pub(crate) fn query_customers_credit(r: QueryCustomersCredit, cx: &mut Ctx<'_>) -> Answer {
    let filter = r.filter.unwrap_or_default().to_lowercase();
    let filter_type = r.filter_type.as_deref().unwrap_or_default();
    let mut matching: Vec<&Customer> = cx
        .state
        .customers
        .iter()
        .filter(|c| {
            filter.is_empty()
                || match filter_type {
                    "ClientUin" => c.uin.to_string() == filter,
                    "Name" => c.name.to_lowercase().contains(&filter),
                    "Remark" => c.remark.to_lowercase().contains(&filter),
                    "Email" => c.mail.to_lowercase().contains(&filter),
                    _ => true,
                }
        })
        .collect();
    matching.sort_by_key(|c| c.created_at);
    if r.order.as_deref() != Some("asc") {
        matching.reverse();
    }
    let total = matching.len();
    let data: Vec<Value> = page(r.page, r.page_size, 10, matching).into_iter().map(customer_credit).collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    out.insert("Total".into(), json!(total));
    Ok(out)
}

pub(crate) fn query_partner_credit(cx: &mut Ctx<'_>) -> Answer {
    let allocated = cx.state.allocated_cents();
    let used: i64 = cx.state.customers.iter().map(|c| c.used_cents).sum();
    let mut out = Map::new();
    out.insert("AllocatedCredit".into(), money(allocated));
    out.insert("TotalCredit".into(), money(allocated + cx.state.pool_cents));
    out.insert("RemainingCredit".into(), money(cx.state.pool_cents));
    out.insert("CustomerTotalCredit".into(), money(allocated));
    out.insert("CustomerRemainingCredit".into(), money(allocated - used));
    Ok(out)
}

pub(crate) fn query_credit_allocation_history(r: QueryCreditAllocationHistory, cx: &mut Ctx<'_>) -> Answer {
    let uin = r.client_uin;
    if !cx.state.customers.iter().any(|c| c.uin == uin) {
        return Err(customer_not_found(uin));
    }
    let history: Vec<&Allocation> = cx.state.allocations.iter().rev().filter(|a| a.client_uin == uin).collect();
    let total = history.len();
    let rows: Vec<Value> = page(r.page, r.page_size, 10, history)
        .into_iter()
        .map(|a| {
            json!({
                "AllocatedTime": datetime(a.at), "Operator": a.operator, "Credit": money(a.credit_after_cents),
                "AllocatedCredit": money(a.allocated_cents), "ClientCreditAfter": money(a.credit_after_cents),
                "Remark": a.remark,
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("Total".into(), json!(total));
    out.insert("History".into(), Value::Array(rows));
    Ok(out)
}

pub(crate) fn modify_client_remark(r: ModifyClientRemark, cx: &mut Ctx<'_>) -> Answer {
    let uin: u64 = r
        .client_uin
        .trim()
        .parse()
        .map_err(|_| ApiError::new("InvalidParameterValue.InvalidUin", "ClientUin must be a uin."))?;
    let remark = r.remark;
    let customer = cx
        .state
        .customer_mut(uin)
        .ok_or_else(|| ApiError::new("InvalidParameterValue.InvalidUin", format!("Uin {uin} is not a customer.")))?;
    customer.remark.clone_from(&remark);
    let mut out = Map::new();
    out.insert("ClientRemark".into(), Value::String(remark));
    Ok(out)
}

pub(crate) fn force_qn(r: ForceQN, cx: &mut Ctx<'_>) -> Answer {
    let uin = r.client_uin;
    let kind = match r.r#type {
        0 => 0,
        2 => 2,
        _ => return Err(ApiError::new("InvalidParameterValue", "Type must be 0 or 2.")),
    };
    let customer = cx
        .state
        .customer_mut(uin)
        .ok_or_else(|| ApiError::new("InvalidParameterValue", format!("Uin {uin} is not a customer.")))?;
    customer.qn_type = kind;
    let mut out = Map::new();
    out.insert("C".into(), json!(0));
    out.insert("M".into(), json!("success"));
    Ok(out)
}

pub(crate) fn describe_customer_uin(r: DescribeCustomerUin, cx: &mut Ctx<'_>) -> Answer {
    if r.page < 1 {
        return Err(ApiError::new("InvalidParameter.Page", "Page must be at least 1."));
    }
    let all: Vec<&Customer> = cx.state.customers.iter().collect();
    let total = all.len();
    let data: Vec<Value> =
        page(r.page, r.page_size, 10, all).into_iter().map(|c| json!({"CustomerUin": c.uin.to_string()})).collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    out.insert("Total".into(), json!(total.to_string()));
    Ok(out)
}

pub(crate) fn describe_customer_info(r: DescribeCustomerInfo, cx: &mut Ctx<'_>) -> Answer {
    let wanted: Vec<u64> = r.customer_uin.into_iter().filter_map(|uin| u64::try_from(uin).ok()).collect();
    let data: Vec<Value> = cx
        .state
        .customers
        .iter()
        .filter(|c| wanted.contains(&c.uin))
        .map(|c| {
            json!({
                "CustomerUin": c.uin.to_string(), "Email": c.mail, "Phone": c.phone, "Mark": c.remark, "Name": c.name,
                "BindTime": datetime(c.created_at), "AccountStatus": if c.qn_type == 2 { "2" } else { "1" },
                "AuthStatus": "1", "AuthType": 1, "CidRegisterTime": datetime(c.created_at),
                "UinRegisterTime": datetime(c.created_at), "AuthPassTime": datetime(c.created_at),
                "HasExpense": i64::from(c.used_cents > 0),
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}
