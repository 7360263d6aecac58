//! Costs by day and the customer's own cost explorer, from the same ledger rows as the
//! bills: a month's days add up to its summary, and every explorer group and period adds
//! up to the total.

use serde_json::{Map, Value, json};
use tc3::intlpartnersmgt::v20220928::{
    CostAnalyzeFilter, DescribeCustomerBillDetailByDay, DescribeCustomerOwnCostExplorerFilter,
    DescribeCustomerOwnCostExplorerSummary,
};

use super::ledger::{PAY_MODES, PRODUCTS, REGIONS, Row, amount, rows};
use super::{Answer, Ctx, uin};
use crate::clock::datetime;
use crate::envelope::ApiError;
use crate::state::Customer;

/// The dimensions the explorer groups by; rows carry no zone, so Zone has no groups.
const DIMENSIONS: &[&str] =
    &["Default", "Business", "Product", "Region", "Zone", "ActionType", "PayMode", "Project", "PayerUin", "OwnerUin"];

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Day {
    year: u32,
    month: u32,
    day: u32,
}

impl Day {
    /// `YYYY-MM-DD`, a real date.
    fn parse(text: &str) -> Option<Day> {
        let b = text.as_bytes();
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !text.bytes().filter(|c| *c != b'-').all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let (year, month, day): (u32, u8, u8) =
            (text[..4].parse().ok()?, text[5..7].parse().ok()?, text[8..].parse().ok()?);
        let month_of_year = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(i32::try_from(year).ok()?, month_of_year, day).ok()?;
        Some(Day { year, month: month.into(), day: day.into() })
    }

    fn month_text(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    fn text(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn months_since(self, earlier: Day) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - (i64::from(earlier.year) * 12 + i64::from(earlier.month))
    }
}

fn today(now: u64) -> Day {
    Day::parse(&datetime(now)[..10]).unwrap_or(Day { year: 1970, month: 1, day: 1 })
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameterValue", message)
}

/// The rows of `c` dated from `start` to `end`, both included.
fn rows_between(seed: u64, c: &Customer, start: Day, end: Day, now: u64) -> Vec<(Day, Row)> {
    let mut out = Vec::new();
    let mut month = Day { day: 1, ..start };
    while month <= end {
        let month_text = month.month_text();
        for row in rows(seed, c.uin, c.created_at, &month_text, now) {
            let day = Day { day: row.day as u32, ..month };
            if (start..=end).contains(&day) {
                out.push((day, row));
            }
        }
        month = if month.month == 12 {
            Day { year: month.year + 1, month: 1, day: 1 }
        } else {
            Day { month: month.month + 1, ..month }
        };
    }
    out
}

pub(crate) fn describe_customer_bill_detail_by_day(r: DescribeCustomerBillDetailByDay, cx: &mut Ctx<'_>) -> Answer {
    let c = cx.customer_or(uin(r.customer_uin), "UnauthorizedOperation.UinNoAuth")?;
    let day = Day::parse(&r.date).ok_or_else(|| invalid("Date must be a date written YYYY-MM-DD."))?;
    if day > today(cx.now) {
        return Err(invalid(format!("{} has no bill yet.", day.text())));
    }
    let total: i64 = rows_between(cx.state.seed, c, day, day, cx.now).iter().map(|(_, r)| r.total()).sum();
    let mut out = Map::new();
    out.insert("TotalCost".into(), json!(amount(total)));
    Ok(out)
}

/// The explorer's range from `StartTime`, `EndTime` and `PeriodType`: (start, end, by
/// month), checked against the documented spans.
fn range(start_time: &str, end_time: &str, period_type: &str) -> Result<(Day, Day, bool), ApiError> {
    let day = |field: &str, text: &str| {
        Day::parse(text.get(..10).unwrap_or_default())
            .filter(|_| text.len() == 19)
            .ok_or_else(|| invalid(format!("{field} must be written YYYY-MM-DD hh:mm:ss.")))
    };
    let (start, end) = (day("StartTime", start_time)?, day("EndTime", end_time)?);
    let by_month = match period_type {
        "month" => true,
        "day" => false,
        _ => return Err(invalid("PeriodType must be day or month.")),
    };
    let span = end.months_since(start);
    if end < start || span >= if by_month { 6 } else { 2 } {
        return Err(invalid("EndTime must follow StartTime, within 6 calendar months by month or 2 by day."));
    }
    Ok((start, end, by_month))
}

/// (code, name) of `row` in `dimension`; `None` for a dimension rows do not have.
fn group(dimension: &str, row: &Row) -> Option<(String, String)> {
    Some(match dimension {
        "Default" => ("default".into(), "Total".into()),
        "Business" | "Product" => (PRODUCTS[row.product].0.into(), PRODUCTS[row.product].1.into()),
        "Region" => (REGIONS[row.region].0.into(), REGIONS[row.region].1.into()),
        "PayMode" => (PAY_MODES[row.pay_mode].0.into(), PAY_MODES[row.pay_mode].1.into()),
        "ActionType" => (PAY_MODES[row.pay_mode].2.into(), PAY_MODES[row.pay_mode].3.into()),
        "Project" => ("0".into(), "Default project".into()),
        "PayerUin" | "OwnerUin" => (row.owner.to_string(), row.owner.to_string()),
        _ => return None,
    })
}

pub(crate) fn describe_customer_own_cost_explorer_filter(
    r: DescribeCustomerOwnCostExplorerFilter,
    cx: &mut Ctx<'_>,
) -> Answer {
    let c = cx.own_customer()?;
    let (start, end, _) = range(&r.start_time, &r.end_time, &r.period_type)?;
    let found = rows_between(cx.state.seed, c, start, end, cx.now);
    let mut data = Map::new();
    for (field, dimension) in [
        ("Business", "Business"),
        ("Region", "Region"),
        ("Zone", "Zone"),
        ("ActionType", "ActionType"),
        ("PayMode", "PayMode"),
        ("Project", "Project"),
        ("PayerUin", "PayerUin"),
        ("OwnerUin", "OwnerUin"),
    ] {
        let mut seen: Vec<(String, String)> = Vec::new();
        for (_, row) in &found {
            if let Some(kv) = group(dimension, row).filter(|kv| !seen.contains(kv)) {
                seen.push(kv);
            }
        }
        let list: Vec<Value> = seen.into_iter().map(|(k, v)| json!({"Key": k, "Value": v})).collect();
        data.insert(field.into(), Value::Array(list));
    }
    let mut out = Map::new();
    out.insert("Data".into(), Value::Object(data));
    Ok(out)
}

/// Whether `row` passes the request's `Filter` lists (absent or empty lists pass all).
fn kept(filter: Option<&CostAnalyzeFilter>, row: &Row) -> bool {
    let Some(filter) = filter else { return true };
    let pass = |list: &Option<Vec<String>>, dimension: &str| match list {
        Some(wanted) if !wanted.is_empty() => group(dimension, row).is_some_and(|(code, _)| wanted.contains(&code)),
        _ => true,
    };
    pass(&filter.business_in, "Business")
        && pass(&filter.region_in, "Region")
        && pass(&filter.action_type_in, "ActionType")
        && pass(&filter.pay_mode_in, "PayMode")
        && pass(&filter.project_in, "Project")
        && pass(&filter.payer_uin_in, "PayerUin")
        && pass(&filter.owner_uin_in, "OwnerUin")
}

/// Costs by period (`YYYY-MM` or `YYYY-MM-DD`), in first-seen order.
type Periods = Vec<(String, i64)>;

/// Adds `cost` to the entry `key` of `sums`, keeping first-seen order.
fn add<K: PartialEq>(sums: &mut Vec<(K, i64)>, key: K, cost: i64) {
    match sums.iter_mut().find(|(k, _)| *k == key) {
        Some((_, sum)) => *sum += cost,
        None => sums.push((key, cost)),
    }
}

fn periods(sums: Periods) -> Value {
    Value::Array(sums.into_iter().map(|(period, cost)| json!({"Period": period, "Cost": amount(cost)})).collect())
}

pub(crate) fn describe_customer_own_cost_explorer_summary(
    r: DescribeCustomerOwnCostExplorerSummary,
    cx: &mut Ctx<'_>,
) -> Answer {
    let c = cx.own_customer()?;
    let (start, end, by_month) = range(&r.start_time, &r.end_time, &r.period_type)?;
    let original = match r.fee_type.as_str() {
        "originalCost" => true,
        "totalCost" => false,
        _ => return Err(invalid("FeeType must be originalCost or totalCost.")),
    };
    let (page, size) = (r.page, r.page_size);
    if r.bill_type != 1 || !(1..=10_000).contains(&page) || !(1..=200).contains(&size) {
        return Err(invalid("BillType must be 1, Page 1 to 10000 and PageSize 1 to 200."));
    }
    let dimension = r.dimension.as_str();
    if !DIMENSIONS.contains(&dimension) {
        return Err(invalid(format!("Dimension `{dimension}` is not one the explorer groups by.")));
    }
    let mut groups: Vec<((String, String), Periods)> = Vec::new();
    let mut total: Periods = Vec::new();
    let mut rows_sorted = rows_between(cx.state.seed, c, start, end, cx.now);
    rows_sorted.sort_by_key(|(day, row)| (*day, row.id));
    for (day, row) in rows_sorted.iter().filter(|(_, row)| kept(r.filter.as_ref(), row)) {
        let cost = if original { row.original } else { row.total() };
        let period = if by_month { day.month_text() } else { day.text() };
        add(&mut total, period.clone(), cost);
        let Some(key) = group(dimension, row) else { continue };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, sums)) => add(sums, period, cost),
            None => groups.push((key, vec![(period, cost)])),
        }
    }
    let count = groups.len();
    let detail: Vec<Value> = super::page(page, size, size as usize, groups)
        .into_iter()
        .map(|((code, name), sums)| {
            let sum = sums.iter().map(|(_, c)| c).sum();
            json!({"Name": name, "Code": code, "SumCost": amount(sum), "ItemDetail": periods(sums)})
        })
        .collect();
    let sum = total.iter().map(|(_, c)| c).sum();
    let mut out = Map::new();
    out.insert("DimensionName".into(), json!(dimension));
    out.insert("Detail".into(), Value::Array(detail));
    out.insert(
        "TotalDetail".into(),
        json!({"TotalCount": count, "SumCost": amount(sum), "PeriodItemDetail": periods(total)}),
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_real_days() {
        assert_eq!(Day::parse("2024-02-29").map(Day::text).as_deref(), Some("2024-02-29"));
        assert!(Day::parse("2023-02-29").is_none());
        assert!(Day::parse("2023-13-01").is_none());
        assert!(Day::parse("2023-1-01").is_none());
        assert_eq!(today(1_700_000_000).text(), "2023-11-14");
    }
}
