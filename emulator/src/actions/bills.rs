//! Bills, derived from the seeded ledger rather than stored: every summary is the exact
//! sum of the detail it summarizes, whichever action is asked.

use serde_json::{Map, Value, json};
use tc3::intlpartnersmgt::v20220928::{
    DescribeBillDetail, DescribeBillSummary, DescribeBillSummaryByPayMode, DescribeBillSummaryByProduct,
    DescribeBillSummaryByRegion, DescribeCustomerBillDetail, DescribeCustomerBillSummary,
};

use super::ledger::{PAY_MODES, PRODUCTS, REGIONS, Row, amount, check_month, rows};
use super::{Answer, Ctx, generic, uin};
use crate::envelope::ApiError;

/// The rows of customer `uin` in `month_text`.
fn customer_rows(cx: &Ctx<'_>, uin: u64, month_text: &str) -> Result<Vec<Row>, ApiError> {
    let customer = cx.customer_or(uin, "UnauthorizedOperation.UinNoAuth")?;
    check_month(month_text, cx.now)?;
    Ok(rows(cx.state.seed, uin, customer.created_at, month_text, cx.now))
}

/// The rows of every customer in `month_text`.
fn all_rows(cx: &Ctx<'_>, month_text: &str) -> Result<Vec<Row>, ApiError> {
    check_month(month_text, cx.now)?;
    Ok(cx.state.customers.iter().flat_map(|c| rows(cx.state.seed, c.uin, c.created_at, month_text, cx.now)).collect())
}

/// The rows of `pay_mode` and `action_type`; absent or empty, of every one.
fn of_kinds(rows: Vec<Row>, pay_mode: Option<&str>, action_type: Option<&str>) -> Vec<Row> {
    let (pay_mode, action) = (pay_mode.unwrap_or_default(), action_type.unwrap_or_default());
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

fn paged_details(rows: Vec<Row>, page: i64, size: i64, month_text: &str, seed: u64) -> Answer {
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

pub(crate) fn describe_bill_detail(r: DescribeBillDetail, cx: &mut Ctx<'_>) -> Answer {
    let rows = of_kinds(all_rows(cx, &r.month)?, r.pay_mode.as_deref(), r.action_type.as_deref());
    paged_details(rows, r.page, r.page_size, &r.month, cx.state.seed)
}

pub(crate) fn describe_customer_bill_detail(r: DescribeCustomerBillDetail, cx: &mut Ctx<'_>) -> Answer {
    let rows = customer_rows(cx, r.customer_uin, &r.month)?;
    let rows = of_kinds(rows, r.pay_mode.as_deref(), r.action_type.as_deref());
    paged_details(rows, r.page, r.page_size, &r.month, cx.state.seed)
}

pub(crate) fn describe_customer_bill_summary(r: DescribeCustomerBillSummary, cx: &mut Ctx<'_>) -> Answer {
    let rows = customer_rows(cx, r.customer_uin, &r.month)?;
    let total: i64 = of_kinds(rows, r.pay_mode.as_deref(), r.action_type.as_deref()).iter().map(Row::total).sum();
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

pub(crate) fn describe_bill_summary(r: DescribeBillSummary, cx: &mut Ctx<'_>) -> Answer {
    let rows = all_rows(cx, &r.month)?;
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
    let groups: Vec<(String, String, Vec<Row>)> = match r.group_type.as_str() {
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

pub(crate) fn describe_bill_summary_by_product(r: DescribeBillSummaryByProduct, cx: &mut Ctx<'_>) -> Answer {
    summary_by(cx, r.customer_uin, &r.bill_month, "product")
}

pub(crate) fn describe_bill_summary_by_region(r: DescribeBillSummaryByRegion, cx: &mut Ctx<'_>) -> Answer {
    summary_by(cx, r.customer_uin, &r.bill_month, "region")
}

pub(crate) fn describe_bill_summary_by_pay_mode(r: DescribeBillSummaryByPayMode, cx: &mut Ctx<'_>) -> Answer {
    summary_by(cx, r.customer_uin, &r.bill_month, "payMode")
}

/// The bill of customer `customer_uin` in `bill_month`, summed `by` product, region or payMode.
fn summary_by(cx: &Ctx<'_>, customer_uin: i64, bill_month: &str, by: &str) -> Answer {
    let rows = customer_rows(cx, uin(customer_uin), bill_month)?;
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
