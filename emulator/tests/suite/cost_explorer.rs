//! Costs by day and the customer's own cost explorer add up to the month's bill summary.

use std::collections::HashSet;

use crate::support::{Call, call};
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

/// 2024-05-29: the seeded customers have bills in March, April and May.
const NOW: u64 = 1_717_000_000;

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual(NOW)).without_rate_limits().start().await.unwrap()
}

async fn first_customer(e: &Emulator) -> u64 {
    let listed = call(e, "QueryCustomersCredit", &json!({"PageSize": 100}).to_string()).await;
    listed["Data"][0]["ClientUin"].as_u64().unwrap()
}

/// Millionths of a dollar of `12.345678`, written as a string or a number.
fn micros(v: &Value) -> i64 {
    match v {
        Value::String(text) => {
            let (whole, frac) = text.split_once('.').unwrap_or((text, "0"));
            whole.parse::<i64>().unwrap() * 1_000_000 + format!("{frac:0<6}").parse::<i64>().unwrap()
        }
        _ => (v.as_f64().unwrap() * 1e6).round() as i64,
    }
}

async fn month_total(e: &Emulator, uin: u64, month: &str) -> i64 {
    let summary =
        call(e, "DescribeCustomerBillSummary", &json!({"CustomerUin": uin, "Month": month}).to_string()).await;
    micros(&summary["TotalCost"])
}

async fn day_total(e: &Emulator, uin: u64, date: &str) -> Value {
    call(e, "DescribeCustomerBillDetailByDay", &json!({"CustomerUin": uin, "Date": date}).to_string()).await
}

async fn explore(e: &Emulator, uin: u64, action: &str, body: Value) -> Value {
    let mut request = Call::new(e, action, &body.to_string());
    request.credentials = e.customer_credentials(uin).unwrap();
    request.send(e).await.1["Response"].clone()
}

fn summary_request(start: &str, end: &str, period: &str, dimension: &str) -> Value {
    json!({"Dimension": dimension, "FeeType": "totalCost", "BillType": 1, "PeriodType": period,
           "StartTime": format!("{start} 00:00:00"), "EndTime": format!("{end} 23:59:59"),
           "Page": 1, "PageSize": 200})
}

#[tokio::test]
async fn a_months_days_add_up_to_its_summary() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let mut sum = 0;
    for day in 1..=30 {
        let answer = day_total(&e, uin, &format!("2024-04-{day:02}")).await;
        sum += micros(&answer["TotalCost"]);
    }
    let total = month_total(&e, uin, "2024-04").await;
    assert!(total > 0);
    assert_eq!(sum, total);

    // The current month so far: today is 2024-05-29, and the summary has only what is past.
    let mut so_far = 0;
    for day in 1..=29 {
        so_far += micros(&day_total(&e, uin, &format!("2024-05-{day:02}")).await["TotalCost"]);
    }
    assert_eq!(so_far, month_total(&e, uin, "2024-05").await);

    assert_eq!(day_total(&e, uin, "2024-05-30").await["Error"]["Code"], "InvalidParameterValue");
    assert_eq!(day_total(&e, uin, "2024-02-30").await["Error"]["Code"], "InvalidParameterValue");
    assert_eq!(day_total(&e, 42, "2024-04-01").await["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
}

#[tokio::test]
async fn the_explorer_adds_up_by_group_and_period() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let expected = month_total(&e, uin, "2024-03").await + month_total(&e, uin, "2024-04").await;
    let body = summary_request("2024-03-01", "2024-04-30", "month", "Business");
    let answer = explore(&e, uin, "DescribeCustomerOwnCostExplorerSummary", body.clone()).await;
    let total = &answer["TotalDetail"];
    assert_eq!(micros(&total["SumCost"]), expected, "{answer}");
    let periods = total["PeriodItemDetail"].as_array().unwrap();
    assert_eq!(periods.iter().map(|p| micros(&p["Cost"])).sum::<i64>(), expected);
    let groups = answer["Detail"].as_array().unwrap();
    assert_eq!(total["TotalCount"], groups.len());
    assert_eq!(groups.iter().map(|g| micros(&g["SumCost"])).sum::<i64>(), expected);
    for g in groups {
        assert_eq!(
            g["ItemDetail"].as_array().unwrap().iter().map(|p| micros(&p["Cost"])).sum::<i64>(),
            micros(&g["SumCost"])
        );
    }

    // One group a page: every group once.
    let mut seen = HashSet::new();
    for page in 1..=groups.len() + 1 {
        let mut body = body.clone();
        body["Page"] = json!(page);
        body["PageSize"] = json!(1);
        let answer = explore(&e, uin, "DescribeCustomerOwnCostExplorerSummary", body).await;
        for g in answer["Detail"].as_array().unwrap() {
            assert!(seen.insert(g["Code"].as_str().unwrap().to_owned()));
        }
    }
    let filter = json!({"StartTime": "2024-03-01 00:00:00", "EndTime": "2024-04-30 23:59:59", "PeriodType": "month"});
    let filter = explore(&e, uin, "DescribeCustomerOwnCostExplorerFilter", filter).await;
    let offered: HashSet<String> =
        filter["Data"]["Business"].as_array().unwrap().iter().map(|b| b["Key"].as_str().unwrap().to_owned()).collect();
    assert_eq!(seen, offered);

    // Filtering to one business leaves that business's cost.
    let mut narrowed = body.clone();
    narrowed["Filter"] = json!({"BusinessIn": [groups[0]["Code"]]});
    let answer = explore(&e, uin, "DescribeCustomerOwnCostExplorerSummary", narrowed).await;
    assert_eq!(answer["TotalDetail"]["SumCost"], groups[0]["SumCost"]);
}

#[tokio::test]
async fn the_explorers_days_are_the_bills_days() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let body = summary_request("2024-04-01", "2024-04-30", "day", "Default");
    let answer = explore(&e, uin, "DescribeCustomerOwnCostExplorerSummary", body).await;
    let days = answer["TotalDetail"]["PeriodItemDetail"].as_array().unwrap();
    assert!(!days.is_empty(), "{answer}");
    for day in days {
        let by_day = day_total(&e, uin, day["Period"].as_str().unwrap()).await;
        assert_eq!(micros(&by_day["TotalCost"]), micros(&day["Cost"]), "{day}");
    }
    let too_long = summary_request("2024-01-01", "2024-04-30", "day", "Default");
    let refused = explore(&e, uin, "DescribeCustomerOwnCostExplorerSummary", too_long).await;
    assert_eq!(refused["Error"]["Code"], "InvalidParameterValue");
    let partner = call(
        &e,
        "DescribeCustomerOwnCostExplorerSummary",
        &summary_request("2024-04-01", "2024-04-30", "day", "Default").to_string(),
    )
    .await;
    assert_eq!(partner["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
}
