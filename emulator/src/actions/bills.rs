//! Bills, derived from the seed rather than stored: each customer's rows for a month are a
//! function of (seed, uin, month), so every summary is the exact sum of the detail it
//! summarizes, whichever action is asked.

use serde_json::{Map, Value, json};

use super::{Answer, Ctx, generic, int_param, str_param, vouchers};
use crate::clock::{datetime, month};
use crate::envelope::ApiError;
use crate::state::random::hash;

pub(crate) const PRODUCTS: &[(&str, &str)] = &[
    ("p_cvm", "Cloud Virtual Machine"),
    ("p_cbs", "Cloud Block Storage"),
    ("p_cos", "Cloud Object Storage"),
    ("p_cdn", "Content Delivery Network"),
    ("p_cdb", "TencentDB for MySQL"),
];
pub(crate) const REGIONS: &[(&str, &str)] =
    &[("9", "Southeast Asia (Singapore)"), ("5", "Hong Kong, China"), ("15", "Western US (Silicon Valley)")];
/// (PayMode, name, ActionType, transaction type).
pub(crate) const PAY_MODES: &[(&str, &str, &str, &str)] = &[
    ("postPay", "Pay-As-You-Go resources", "postpay_deduct_h", "Hourly settlement"),
    ("prePay", "Monthly subscription", "prepay_purchase", "Purchase"),
];

/// One line of a bill; amounts in millionths of a dollar.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) owner: u64,
    pub(crate) product: usize,
    pub(crate) region: usize,
    pub(crate) pay_mode: usize,
    pub(crate) original: i64,
    pub(crate) voucher: i64,
    pub(crate) id: u64,
    pub(crate) day: u64,
}

impl Row {
    pub(crate) fn total(&self) -> i64 {
        self.original - self.voucher
    }
}

/// A dollar amount with six decimals, as the bill APIs write them.
pub(crate) fn amount(micros: i64) -> String {
    format!("{}{}.{:06}", if micros < 0 { "-" } else { "" }, micros.abs() / 1_000_000, micros.abs() % 1_000_000)
}

/// Checks `YYYY-MM`: a real month, not after the current one.
pub(crate) fn check_month(text: &str, now: u64) -> Result<(), ApiError> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 7 && bytes[4] == b'-' && text[..4].parse::<u32>().is_ok();
    let month_no = text.get(5..).and_then(|m| m.parse::<u32>().ok()).unwrap_or(0);
    if !shaped || !(1..=12).contains(&month_no) || text > month(now).as_str() {
        return Err(ApiError::new(
            "InvalidParameterValue.InvalidMonth",
            format!("`{text}` is not a month with a bill."),
        ));
    }
    Ok(())
}

/// The rows of customer `uin` in `month_text` dated from the day it joined to the day
/// of `now`, so a month's bill grows day by day until it is complete.
pub(crate) fn rows(seed: u64, uin: u64, created_at: u64, month_text: &str, now: u64) -> Vec<Row> {
    if month_text < month(created_at).as_str() {
        return Vec::new();
    }
    let (joined, today) = (datetime(created_at), datetime(now));
    let dated = |day: u64| {
        let date = format!("{month_text}-{day:02}");
        (&joined[..10]..=&today[..10]).contains(&date.as_str())
    };
    let base = hash(seed, &format!("{uin}/{month_text}"));
    let count = 3 + base % 6;
    let row = |h: u64, product: usize, original: i64, voucher: i64, day: u64| Row {
        owner: uin,
        product,
        region: (h >> 16) as usize % REGIONS.len(),
        pay_mode: (h >> 24) as usize % PAY_MODES.len(),
        original,
        voucher,
        id: h >> 1,
        day,
    };
    let paid = (0..count).map(|i| {
        let h = hash(base, &i.to_string());
        row(h, (h >> 8) as usize % PRODUCTS.len(), 10_000 + (h % 80_000_000) as i64, 0, 1 + (h >> 40) % 28)
    });
    // Every voucher payment of the month is a line paid (in part) by that voucher.
    let by_voucher = vouchers::issued(seed, uin, created_at, now)
        .into_iter()
        .flat_map(|v| v.used)
        .filter(|u| month(u.at) == month_text)
        .map(|u| {
            let h = hash(base, &format!("voucher payment/{}", u.id));
            let voucher = u.cents * 10_000;
            let day = datetime(u.at)[8..10].parse().unwrap_or(1);
            row(h, u.product, voucher + (h % 5_000_000) as i64, voucher, day)
        });
    paid.chain(by_voucher).filter(|r| dated(r.day)).collect()
}

fn customer_rows(p: &Value, cx: &Ctx<'_>, field: &str, month_field: &str) -> Result<Vec<Row>, ApiError> {
    let uin = int_param(p, field).unwrap_or(0) as u64;
    let customer = cx.state.customers.iter().find(|c| c.uin == uin).ok_or_else(|| {
        ApiError::new("UnauthorizedOperation.UinNoAuth", format!("Uin {uin} is not a customer of this partner."))
    })?;
    let month_text = str_param(p, month_field);
    check_month(month_text, cx.now)?;
    Ok(filtered(p, rows(cx.state.seed, uin, customer.created_at, month_text, cx.now)))
}

fn all_rows(p: &Value, cx: &Ctx<'_>, month_field: &str) -> Result<Vec<Row>, ApiError> {
    let month_text = str_param(p, month_field);
    check_month(month_text, cx.now)?;
    let all =
        cx.state.customers.iter().flat_map(|c| rows(cx.state.seed, c.uin, c.created_at, month_text, cx.now)).collect();
    Ok(filtered(p, all))
}

fn filtered(p: &Value, rows: Vec<Row>) -> Vec<Row> {
    let (pay_mode, action) = (str_param(p, "PayMode"), str_param(p, "ActionType"));
    rows.into_iter()
        .filter(|r| pay_mode.is_empty() || PAY_MODES[r.pay_mode].0 == pay_mode)
        .filter(|r| action.is_empty() || PAY_MODES[r.pay_mode].2 == action)
        .collect()
}

fn detail(row: &Row, month_text: &str, seed: u64) -> Value {
    let mut out = generic::example_object("BillDetailData", seed ^ row.id, 1);
    let (code, name) = PRODUCTS[row.product];
    let (_, region) = REGIONS[row.region];
    let (_, mode_name, _, transaction) = PAY_MODES[row.pay_mode];
    let day = format!("{month_text}-{:02}", row.day);
    for (key, value) in [
        ("PayerAccountId", json!(row.owner)),
        ("OwnerAccountId", json!(row.owner)),
        ("OperatorAccountId", json!(row.owner)),
        ("ProductName", json!(name)),
        ("BusinessCode", json!(code)),
        ("BillingMode", json!(mode_name)),
        ("Region", json!(region)),
        ("TransactionType", json!(transaction)),
        ("TransactionTime", json!(format!("{day} 01:00:00"))),
        ("UsageStartTime", json!(format!("{day} 00:00:00"))),
        ("UsageEndTime", json!(format!("{day} 00:59:59"))),
        ("OriginalCost", json!(amount(row.original))),
        ("TotalCost", json!(amount(row.total()))),
        ("Currency", json!("USD")),
        ("Id", json!(row.id.to_string())),
        ("InstanceId", json!(format!("ins-{:08x}", row.id as u32))),
    ] {
        out.insert(key.into(), value);
    }
    Value::Object(out)
}

fn paged_details(p: &Value, rows: Vec<Row>, month_text: &str, seed: u64) -> Answer {
    let size = int_param(p, "PageSize").unwrap_or(0);
    let page = int_param(p, "Page").unwrap_or(0);
    if !(1..=200).contains(&size) || page < 1 {
        return Err(ApiError::new("InvalidParameterValue", "PageSize must be 1 to 200 and Page at least 1."));
    }
    let total = rows.len();
    let start = ((page - 1) * size) as usize;
    let set: Vec<Value> = rows.iter().skip(start).take(size as usize).map(|r| detail(r, month_text, seed)).collect();
    let mut out = Map::new();
    out.insert("DetailSet".into(), Value::Array(set));
    out.insert("Total".into(), json!(total));
    Ok(out)
}

pub(crate) fn describe_bill_detail(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let rows = all_rows(p, cx, "Month")?;
    paged_details(p, rows, str_param(p, "Month"), cx.state.seed)
}

pub(crate) fn describe_customer_bill_detail(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let rows = customer_rows(p, cx, "CustomerUin", "Month")?;
    paged_details(p, rows, str_param(p, "Month"), cx.state.seed)
}

pub(crate) fn describe_customer_bill_summary(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let rows = customer_rows(p, cx, "CustomerUin", "Month")?;
    let total: i64 = rows.iter().map(Row::total).sum();
    let mut out = Map::new();
    out.insert("TotalCost".into(), json!(total as f64 / 1e6));
    Ok(out)
}

/// Sums of `rows` grouped by `key`, in first-seen order.
fn grouped(rows: &[Row], key: impl Fn(&Row) -> usize) -> Vec<(usize, i64, i64)> {
    let mut groups: Vec<(usize, i64, i64)> = Vec::new();
    for row in rows {
        let k = key(row);
        match groups.iter_mut().find(|g| g.0 == k) {
            Some(g) => {
                g.1 += row.original;
                g.2 += row.voucher;
            }
            None => groups.push((k, row.original, row.voucher)),
        }
    }
    groups
}

fn costs(original: i64, voucher: i64) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("OriginalCost".into(), json!(amount(original)));
    m.insert("VoucherPayAmount".into(), json!(amount(voucher)));
    m.insert("TotalCost".into(), json!(amount(original - voucher)));
    m
}

pub(crate) fn describe_bill_summary(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let rows = all_rows(p, cx, "Month")?;
    let group_type = str_param(p, "GroupType");
    let business = |rows: &[Row]| -> Vec<Value> {
        grouped(rows, |r| r.product)
            .into_iter()
            .map(|(k, o, v)| {
                let mut m = costs(o, v);
                m.insert("BusinessCode".into(), json!(PRODUCTS[k].0));
                m.insert("BusinessCodeName".into(), json!(PRODUCTS[k].1));
                m.insert("RICost".into(), json!(amount(0)));
                Value::Object(m)
            })
            .collect()
    };
    let groups: Vec<(String, String, Vec<Row>)> = match group_type {
        "product" | "business" => grouped(&rows, |r| r.product)
            .into_iter()
            .map(|(k, ..)| {
                (PRODUCTS[k].0.into(), PRODUCTS[k].1.into(), rows.iter().filter(|r| r.product == k).cloned().collect())
            })
            .collect(),
        "region" => grouped(&rows, |r| r.region)
            .into_iter()
            .map(|(k, ..)| {
                (REGIONS[k].0.into(), REGIONS[k].1.into(), rows.iter().filter(|r| r.region == k).cloned().collect())
            })
            .collect(),
        "payMode" => grouped(&rows, |r| r.pay_mode)
            .into_iter()
            .map(|(k, ..)| {
                (
                    PAY_MODES[k].0.into(),
                    PAY_MODES[k].1.into(),
                    rows.iter().filter(|r| r.pay_mode == k).cloned().collect(),
                )
            })
            .collect(),
        "project" | "tag" => vec![("0".into(), "default".into(), rows.clone())],
        other => {
            return Err(ApiError::new(
                "InvalidParameterValue.InvalidDimension",
                format!("GroupType `{other}` is not one of product, region, payMode, project, tag."),
            ));
        }
    };
    let detail: Vec<Value> = groups
        .into_iter()
        .map(|(key, value, rows)| {
            let mut m = costs(rows.iter().map(|r| r.original).sum(), rows.iter().map(|r| r.voucher).sum());
            m.insert("RICost".into(), json!(amount(0)));
            m.insert("GroupKey".into(), json!(key));
            m.insert("GroupValue".into(), json!(value));
            m.insert("Business".into(), Value::Array(business(&rows)));
            Value::Object(m)
        })
        .collect();
    let mut out = Map::new();
    out.insert("SummaryDetail".into(), Value::Array(detail));
    Ok(out)
}

pub(crate) fn describe_bill_summary_by(p: &Value, cx: &mut Ctx<'_>, by: &str) -> Answer {
    let rows = customer_rows(p, cx, "CustomerUin", "BillMonth")?;
    let items: Vec<Value> = match by {
        "product" => grouped(&rows, |r| r.product)
            .into_iter()
            .map(|(k, o, v)| {
                let mut m = costs(o, v);
                m.insert("BusinessCode".into(), json!(PRODUCTS[k].0));
                m.insert("BusinessCodeName".into(), json!(PRODUCTS[k].1));
                Value::Object(m)
            })
            .collect(),
        "region" => grouped(&rows, |r| r.region)
            .into_iter()
            .map(|(k, o, v)| {
                let mut m = costs(o, v);
                m.insert("RegionId".into(), json!(REGIONS[k].0));
                m.insert("RegionName".into(), json!(REGIONS[k].1));
                Value::Object(m)
            })
            .collect(),
        _ => grouped(&rows, |r| r.pay_mode)
            .into_iter()
            .map(|(k, o, v)| {
                let mut m = costs(o, v);
                m.insert("PayMode".into(), json!(PAY_MODES[k].0));
                m.insert("PayModeName".into(), json!(PAY_MODES[k].1));
                m.insert(
                    "Detail".into(),
                    json!([{"ActionType": PAY_MODES[k].2, "ActionTypeName": PAY_MODES[k].3,
                    "OriginalCost": amount(o), "VoucherPayAmount": amount(v), "TotalCost": amount(o - v)}]),
                );
                Value::Object(m)
            })
            .collect(),
    };
    let mut out = Map::new();
    out.insert("SummaryOverview".into(), Value::Array(items));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_have_six_decimals() {
        assert_eq!(amount(1_234_567), "1.234567");
        assert_eq!(amount(5), "0.000005");
    }

    #[test]
    fn rows_are_a_function_of_seed_uin_and_month() {
        let a: Vec<i64> = rows(1, 42, 0, "2024-01", 1_800_000_000).iter().map(|r| r.original).collect();
        let b: Vec<i64> = rows(1, 42, 0, "2024-01", 1_800_000_000).iter().map(|r| r.original).collect();
        assert_eq!(a, b);
        assert!(rows(1, 42, 1_700_000_000, "2020-01", 1_800_000_000).is_empty());
        // 2023-11-14: the month so far only, from the day the customer joined.
        let so_far = rows(1, 42, 1_699_000_000, "2023-11", 1_700_000_000);
        assert!(so_far.iter().all(|r| (3..=14).contains(&r.day)));
    }

    #[test]
    fn voucher_amounts_are_the_vouchers_payments_of_the_month() {
        let (seed, now) = (5, 1_800_000_000);
        let mut paid_by_vouchers = 0;
        for uin in 100..140 {
            let joined = 1_700_000_000 + uin * 86_400;
            let payments: Vec<vouchers::Usage> =
                vouchers::issued(seed, uin, joined, now).into_iter().flat_map(|v| v.used).collect();
            for m in 0..40 {
                let month_text = month(joined + m * 27 * 86_400);
                let in_month: i64 =
                    payments.iter().filter(|u| month(u.at) == month_text).map(|u| u.cents * 10_000).sum();
                let billed: i64 = rows(seed, uin, joined, &month_text, now).iter().map(|r| r.voucher).sum();
                assert_eq!(billed, in_month, "uin {uin}, {month_text}");
                paid_by_vouchers += billed;
            }
        }
        assert!(paid_by_vouchers > 0, "some bills are paid by vouchers");
    }

    #[test]
    fn months_are_checked() {
        assert!(check_month("2023-02", 1_700_000_000).is_ok());
        assert!(check_month("2023-13", 1_700_000_000).is_err());
        assert!(check_month("2031-01", 1_700_000_000).is_err());
        assert!(check_month("202302", 1_700_000_000).is_err());
    }
}
