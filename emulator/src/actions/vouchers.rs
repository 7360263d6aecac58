//! Vouchers, derived from the seed as bills are: each customer's vouchers and their usage
//! are a function of (seed, uin, join time), issued and spent as the clock passes their
//! dates. The partner's pool is what it issued plus what it has left, so every list,
//! amount and usage record agrees with the others, and each payment is a line of the
//! customer's bill for its month (`bills::rows`).

use serde_json::{Map, Value, json};

use super::bills::PRODUCTS;
use super::{Answer, Ctx, int_param, str_param};
use crate::clock::{datetime, month};
use crate::envelope::ApiError;
use crate::state::random::hash;
use crate::state::{Customer, money};

const DAY: u64 = 86_400;
const PAYMENT_MODES: &[&str] = &["AllPayment", "Prepaid", "Postpaid"];
const PRODUCT_SCOPES: &[&str] = &["AllProducts", "SpecifyProducts", "SpecifyProductsBlacklist"];
const USAGES: &[&str] = &["CustomerOffer", "ProductTrial"];

/// One payment made with a voucher.
#[derive(Debug, Clone)]
pub(crate) struct Usage {
    pub(crate) id: u64,
    pub(crate) product: usize,
    pub(crate) cents: i64,
    pub(crate) at: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct Voucher {
    pub(crate) id: u64,
    pub(crate) owner: u64,
    pub(crate) total_cents: i64,
    pub(crate) payment_mode: &'static str,
    pub(crate) product_scope: &'static str,
    pub(crate) usage: &'static str,
    pub(crate) effective_at: u64,
    pub(crate) expire_at: u64,
    pub(crate) invalidated: bool,
    /// Payments made by now, oldest first.
    pub(crate) used: Vec<Usage>,
}

impl Voucher {
    pub(crate) fn remaining_cents(&self) -> i64 {
        self.total_cents - self.used.iter().map(|u| u.cents).sum::<i64>()
    }

    /// Issued, Used, Expired or Invalidated, as the voucher lists write it.
    pub(crate) fn status(&self, now: u64) -> &'static str {
        if self.invalidated {
            "Invalidated"
        } else if self.remaining_cents() == 0 {
            "Used"
        } else if self.expire_at < now {
            "Expired"
        } else {
            "Issued"
        }
    }
}

/// The vouchers customer `c` holds by `now`, oldest first.
pub(crate) fn vouchers(seed: u64, c: &Customer, now: u64) -> Vec<Voucher> {
    issued(seed, c.uin, c.created_at, now)
}

/// The vouchers of customer `uin`, who joined at `created_at`, issued by `now`, oldest first;
/// their payments are the voucher amounts of the customer's bills.
pub(crate) fn issued(seed: u64, uin: u64, created_at: u64, now: u64) -> Vec<Voucher> {
    let base = hash(seed, &format!("vouchers/{uin}"));
    let count = 2 + base % 4;
    (0..count)
        .map(|i| {
            let h = hash(base, &i.to_string());
            let total_cents = 5_000 + (h % 200) as i64 * 500;
            let effective_at = created_at + DAY * (1 + i * 40 + (h >> 8) % 20) + (h >> 16) % DAY;
            let expire_at = effective_at + DAY * (90 + 90 * ((h >> 24) % 4));
            let payments = (h >> 28) % 5;
            let spends_all = payments > 0 && (h >> 32) % 3 == 0;
            let mut left = total_cents;
            let mut used = Vec::new();
            for k in 0..payments {
                let hk = hash(h, &k.to_string());
                let cents =
                    if spends_all && k + 1 == payments { left } else { (left * (10 + (hk % 40) as i64) / 100).max(1) };
                left -= cents;
                let at = effective_at + (expire_at - effective_at) * (k + 1) / (payments + 1);
                used.push(Usage { id: hk % 1_000_000_000, product: (hk >> 32) as usize % PRODUCTS.len(), cents, at });
            }
            used.retain(|u| u.at <= now);
            Voucher {
                id: 10_000_000 + h % 90_000_000,
                owner: uin,
                total_cents,
                payment_mode: PAYMENT_MODES[(h >> 36) as usize % PAYMENT_MODES.len()],
                product_scope: PRODUCT_SCOPES[(h >> 40) as usize % PRODUCT_SCOPES.len()],
                usage: USAGES[(h >> 44) as usize % USAGES.len()],
                effective_at,
                expire_at,
                invalidated: payments == 0 && (h >> 48) % 4 == 0,
                used,
            }
        })
        .filter(|v| v.effective_at <= now)
        .collect()
}

/// Customer `uin`, or `code`: the voucher actions document different refusals.
fn customer<'a>(cx: &'a Ctx<'_>, uin: u64, code: &'static str) -> Result<&'a Customer, ApiError> {
    cx.state
        .customers
        .iter()
        .find(|c| c.uin == uin)
        .ok_or_else(|| ApiError::new(code, format!("Uin {uin} is not a customer of this partner.")))
}

/// The customers named by `ClientUins` (1 to 20), in the order asked.
fn asked_customers<'a>(p: &Value, cx: &'a Ctx<'_>) -> Result<Vec<&'a Customer>, ApiError> {
    let asked = p["ClientUins"].as_array().map_or(&[][..], Vec::as_slice);
    if asked.is_empty() || asked.len() > 20 {
        return Err(ApiError::new("InvalidParameterValue", "ClientUins must hold 1 to 20 uins."));
    }
    asked.iter().map(|u| customer(cx, u.as_u64().unwrap_or(0), "UnauthorizedOperation.UinNoAuth")).collect()
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

pub(crate) fn query_voucher_amount_by_uin(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let data: Vec<Value> = asked_customers(p, cx)?
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
pub(crate) fn query_voucher_list_by_uin(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let wanted = match str_param(p, "Status") {
        "Unused" => "Issued",
        other => other,
    };
    let data: Vec<Value> = asked_customers(p, cx)?
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

fn page_size(p: &Value) -> Result<i64, ApiError> {
    let (page, size) = (int_param(p, "Page").unwrap_or(0), int_param(p, "PageSize").unwrap_or(0));
    if page < 1 || !(1..=100).contains(&size) {
        return Err(ApiError::new("InvalidParameterValue", "Page must be at least 1 and PageSize 1 to 100."));
    }
    Ok(size)
}

/// A page of `all` after the filters the request names; with `Usage` and `ApplyReason`
/// for the partner's view, without for the customer's own.
pub(crate) fn voucher_list(p: &Value, all: Vec<Voucher>, now: u64, partner_view: bool) -> Answer {
    let size = page_size(p)?;
    let matches = |field: &str, value: &str| str_param(p, field).is_empty() || str_param(p, field) == value;
    let kept: Vec<Voucher> = all
        .into_iter()
        .filter(|v| matches("VoucherStatus", v.status(now)))
        .filter(|v| matches("PaymentMode", v.payment_mode))
        .filter(|v| matches("ProductScope", v.product_scope))
        .filter(|v| !partner_view || matches("Usage", v.usage))
        .filter(|v| int_param(p, "VoucherId").is_none_or(|id| id == v.id as i64))
        .collect();
    let total = kept.len();
    let data: Vec<Value> = super::page(p, size, kept)
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

pub(crate) fn describe_customer_voucher_list(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let all: Vec<Voucher> = match int_param(p, "CustomerUin") {
        Some(uin) => vouchers(cx.state.seed, customer(cx, uin as u64, "FailedOperation")?, cx.now),
        None => cx.state.customers.iter().flat_map(|c| vouchers(cx.state.seed, c, cx.now)).collect(),
    };
    voucher_list(p, all, cx.now, true)
}

/// The payments made with voucher `VoucherId` of `c`, those of `Month` on the page.
pub(crate) fn usage_details(p: &Value, c: &Customer, cx: &Ctx<'_>) -> Answer {
    let size = page_size(p)?;
    let id = int_param(p, "VoucherId").unwrap_or(0);
    let voucher = vouchers(cx.state.seed, c, cx.now).into_iter().find(|v| v.id as i64 == id).ok_or_else(|| {
        ApiError::new("FailedOperation", format!("Voucher {id} does not belong to customer {}.", c.uin))
    })?;
    let month_text = str_param(p, "Month");
    let in_month: Vec<&Usage> =
        voucher.used.iter().filter(|u| month_text.is_empty() || month(u.at) == month_text).collect();
    let data: Vec<Value> = super::page(p, size, in_month.clone())
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

pub(crate) fn describe_customer_voucher_usage_details(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let uin = int_param(p, "CustomerUin").unwrap_or(0) as u64;
    let c = customer(cx, uin, "FailedOperation")?;
    let mut out = usage_details(p, c, cx)?;
    out.insert("CustomerUin".into(), json!(uin));
    Ok(out)
}

/// The calling customer, for the actions it calls about itself.
pub(crate) fn own<'a>(cx: &'a Ctx<'_>) -> Result<&'a Customer, ApiError> {
    let uin = cx.customer.unwrap_or(0);
    customer(cx, uin, "FailedOperation")
}

pub(crate) fn describe_customer_own_voucher_list(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let all = vouchers(cx.state.seed, own(cx)?, cx.now);
    voucher_list(p, all, cx.now, false)
}

pub(crate) fn describe_customer_own_voucher_usage_details(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    usage_details(p, own(cx)?, cx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;

    #[test]
    fn payments_never_exceed_the_voucher() {
        let state = State::new(3, 1_700_000_000);
        for c in &state.customers {
            for v in vouchers(3, c, 1_800_000_000) {
                assert!(v.remaining_cents() >= 0 && v.used.iter().all(|u| u.cents > 0), "{v:?}");
            }
        }
    }
}
