//! The voucher actions, answered from the seeded ledger: the partner's pool is what it
//! issued plus what it has left, so every list, amount and usage record agrees with the
//! others, and each payment is a line of the customer's bill for its month.

use serde_json::{Map, Value, json};
use tc3::intlpartnersmgt::v20220928::{
    DescribeCustomerOwnVoucherList, DescribeCustomerOwnVoucherUsageDetails, DescribeCustomerVoucherList,
    DescribeCustomerVoucherUsageDetails, QueryVoucherAmountByUin, QueryVoucherListByUin,
};

use super::ledger::{PRODUCTS, Usage, Voucher, vouchers};
use super::{Answer, Ctx, uin};
use crate::clock::{datetime, month};
use crate::envelope::ApiError;
use crate::random::hash;
use crate::state::{Customer, money};

/// The customers named by `ClientUins` (1 to 20), in the order asked.
fn asked_customers<'a>(asked: &[u64], cx: &'a Ctx<'_>) -> Result<Vec<&'a Customer>, ApiError> {
    if asked.is_empty() || asked.len() > 20 {
        return Err(ApiError::new("InvalidParameterValue", "ClientUins must hold 1 to 20 uins."));
    }
    asked.iter().map(|u| cx.customer_or(*u, "UnauthorizedOperation.UinNoAuth")).collect()
}

/// The partner's pool: what it issued to its customers plus what it may still issue.
pub(crate) fn query_voucher_pool(cx: &mut Ctx<'_>) -> Answer {
    let issued: Vec<Voucher> = cx.state.customers.iter().flat_map(|c| vouchers(cx.state.seed, c, cx.now)).collect();
    let issued_cents: i64 = issued.iter().map(|v| v.total_cents).sum();
    let left_cents = 100_000 + (hash(cx.state.seed, "voucher pool") % 4_000) as i64 * 100;
    let mut out = Map::new();
    out.insert("AgentName".into(), json!("tc3 Emulator Partner"));
    // 1: reseller (2: distributor, 3: second-level reseller).
    out.insert("AccountType".into(), json!(1));
    out.insert("TotalQuota".into(), money(issued_cents + left_cents));
    out.insert("RemainingQuota".into(), money(left_cents));
    out.insert("IssuedNum".into(), json!(issued.len()));
    Ok(out)
}

pub(crate) fn query_voucher_amount_by_uin(r: QueryVoucherAmountByUin, cx: &mut Ctx<'_>) -> Answer {
    let data: Vec<Value> = asked_customers(&r.client_uins, cx)?
        .into_iter()
        .map(|c| {
            let all = vouchers(cx.state.seed, c, cx.now);
            json!({
                "ClientUin": c.uin,
                "TotalAmount": money(all.iter().map(|v| v.total_cents).sum()),
                "RemainAmount": money(all.iter().map(Voucher::remaining_cents).sum()),
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}

/// `Status` is Unused (the lists' Issued), Used or Expired; absent, every voucher.
pub(crate) fn query_voucher_list_by_uin(r: QueryVoucherListByUin, cx: &mut Ctx<'_>) -> Answer {
    let wanted = match r.status.as_deref().unwrap_or_default() {
        "Unused" => "Issued",
        other => other,
    };
    let data: Vec<Value> = asked_customers(&r.client_uins, cx)?
        .into_iter()
        .map(|c| {
            let items: Vec<Value> = vouchers(cx.state.seed, c, cx.now)
                .iter()
                .filter(|v| wanted.is_empty() || v.status(cx.now) == wanted)
                .map(|v| {
                    let status = match v.status(cx.now) {
                        "Issued" => "Unused",
                        other => other,
                    };
                    json!({"VoucherId": v.id.to_string(), "VoucherStatus": status,
                           "TotalAmount": money(v.total_cents), "RemainAmount": money(v.remaining_cents())})
                })
                .collect();
            json!({"ClientUin": c.uin, "TotalCount": items.len(), "Data": items})
        })
        .collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}

/// `PageSize`, once `Page` is at least 1 and `PageSize` 1 to 100.
fn page_size(page: i64, size: i64) -> Result<i64, ApiError> {
    if page < 1 || !(1..=100).contains(&size) {
        return Err(ApiError::new("InvalidParameterValue", "Page must be at least 1 and PageSize 1 to 100."));
    }
    Ok(size)
}

/// What the voucher lists filter and page by; `usage` only in the partner's view.
struct ListQuery<'a> {
    page: i64,
    page_size: i64,
    voucher_status: Option<&'a str>,
    payment_mode: Option<&'a str>,
    product_scope: Option<&'a str>,
    usage: Option<&'a str>,
    voucher_id: Option<i64>,
}

/// The [`ListQuery`] of `request`, the partner's list or the customer's own: they share
/// their members but `Usage`.
macro_rules! list_query {
    ($request:expr, $usage:expr) => {
        ListQuery {
            page: $request.page,
            page_size: $request.page_size,
            voucher_status: $request.voucher_status.as_deref(),
            payment_mode: $request.payment_mode.as_deref(),
            product_scope: $request.product_scope.as_deref(),
            usage: $usage,
            voucher_id: $request.voucher_id,
        }
    };
}

/// A page of `all` after the filters `q` names; with `Usage` and `ApplyReason` for the
/// partner's view, without for the customer's own.
fn voucher_list(q: &ListQuery<'_>, all: Vec<Voucher>, now: u64, partner_view: bool) -> Answer {
    let size = page_size(q.page, q.page_size)?;
    let matches = |wanted: Option<&str>, value: &str| wanted.is_none_or(|w| w.is_empty() || w == value);
    let kept: Vec<Voucher> = all
        .into_iter()
        .filter(|v| matches(q.voucher_status, v.status(now)))
        .filter(|v| matches(q.payment_mode, v.payment_mode))
        .filter(|v| matches(q.product_scope, v.product_scope))
        .filter(|v| matches(q.usage, v.usage))
        .filter(|v| q.voucher_id.is_none_or(|id| id == v.id as i64))
        .collect();
    let total = kept.len();
    let data: Vec<Value> = super::page(q.page, q.page_size, size as usize, kept)
        .into_iter()
        .map(|v| {
            let mut item = json!({
                "VoucherId": v.id, "CustomerUin": v.owner, "VoucherStatus": v.status(now),
                "RemainingAmount": money(v.remaining_cents()), "TotalAmount": money(v.total_cents),
                "PaymentMode": v.payment_mode, "ProductScope": v.product_scope,
                "EffectiveTime": datetime(v.effective_at), "ExpireTime": datetime(v.expire_at),
            });
            if partner_view {
                item["Usage"] = json!(v.usage);
                item["ApplyReason"] = json!(if v.usage == "ProductTrial" { "Product trial" } else { "Customer offer" });
            }
            item
        })
        .collect();
    let mut out = Map::new();
    out.insert("TotalCount".into(), json!(total));
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}

pub(crate) fn describe_customer_voucher_list(r: DescribeCustomerVoucherList, cx: &mut Ctx<'_>) -> Answer {
    let all: Vec<Voucher> = match r.customer_uin {
        Some(asked) => vouchers(cx.state.seed, cx.customer_or(uin(asked), "FailedOperation")?, cx.now),
        None => cx.state.customers.iter().flat_map(|c| vouchers(cx.state.seed, c, cx.now)).collect(),
    };
    voucher_list(&list_query!(r, r.usage.as_deref()), all, cx.now, true)
}

pub(crate) fn describe_customer_own_voucher_list(r: DescribeCustomerOwnVoucherList, cx: &mut Ctx<'_>) -> Answer {
    let all = vouchers(cx.state.seed, cx.own_customer()?, cx.now);
    voucher_list(&list_query!(r, None), all, cx.now, false)
}

/// Which payments the usage details list: voucher `voucher_id`'s, those of `month` (all
/// when absent or empty) on the page.
struct UsageQuery<'a> {
    page: i64,
    page_size: i64,
    voucher_id: i64,
    month: Option<&'a str>,
}

/// The payments `q` asks for, made with a voucher of `c`.
fn usage_details(q: &UsageQuery<'_>, c: &Customer, cx: &Ctx<'_>) -> Answer {
    let size = page_size(q.page, q.page_size)?;
    let id = q.voucher_id;
    let voucher = vouchers(cx.state.seed, c, cx.now).into_iter().find(|v| v.id as i64 == id).ok_or_else(|| {
        ApiError::new("FailedOperation", format!("Voucher {id} does not belong to customer {}.", c.uin))
    })?;
    let month_text = q.month.unwrap_or_default();
    let in_month: Vec<&Usage> =
        voucher.used.iter().filter(|u| month_text.is_empty() || month(u.at) == month_text).collect();
    let data: Vec<Value> = super::page(q.page, q.page_size, size as usize, in_month.clone())
        .into_iter()
        .map(|u| {
            let (code, name) = PRODUCTS[u.product];
            let deal = format!("{}{:09}", datetime(u.at)[..10].replace('-', ""), u.id);
            json!({
                "Id": u.id, "VoucherId": voucher.id.to_string(), "DealName": deal, "BillId": deal,
                "Amount": money(u.cents), "PayMode": if voucher.payment_mode == "Postpaid" { "Postpaid" } else { "Prepaid" },
                "ProductCode": code, "SubProductCode": format!("sp_{}_standard", &code[2..]),
                "ProductCodeName": name, "SubProductCodeName": format!("{name} standard"),
                "PayTime": datetime(u.at), "CompletionTime": datetime(u.at + 5), "OwnerUin": c.uin,
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    out.insert("VoucherId".into(), json!(voucher.id));
    out.insert("TotalAmount".into(), money(voucher.total_cents));
    out.insert("RemainAmount".into(), money(voucher.remaining_cents()));
    out.insert("TotalRecordsCount".into(), json!(voucher.used.len()));
    out.insert("Month".into(), json!(month_text));
    out.insert("RecordsCountByMonth".into(), json!(in_month.len()));
    Ok(out)
}

pub(crate) fn describe_customer_voucher_usage_details(
    r: DescribeCustomerVoucherUsageDetails,
    cx: &mut Ctx<'_>,
) -> Answer {
    let uin = uin(r.customer_uin);
    let c = cx.customer_or(uin, "FailedOperation")?;
    let q = UsageQuery { page: r.page, page_size: r.page_size, voucher_id: r.voucher_id, month: r.month.as_deref() };
    let mut out = usage_details(&q, c, cx)?;
    out.insert("CustomerUin".into(), json!(uin));
    Ok(out)
}

pub(crate) fn describe_customer_own_voucher_usage_details(
    r: DescribeCustomerOwnVoucherUsageDetails,
    cx: &mut Ctx<'_>,
) -> Answer {
    let q = UsageQuery { page: r.page, page_size: r.page_size, voucher_id: r.voucher_id, month: r.month.as_deref() };
    usage_details(&q, cx.own_customer()?, cx)
}
