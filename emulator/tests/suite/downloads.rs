//! Download URLs point at the emulator itself and serve CSV files whose sums are the
//! bill summaries' sums.

use crate::support::call;
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

/// 2024-05-29: the seeded customers have bills in May and April.
const NOW: u64 = 1_717_000_000;

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual(NOW)).without_rate_limits().start().await.unwrap()
}

/// Millionths of a dollar of a six-decimal amount such as `12.345678`.
fn micros(text: &str) -> i64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, "0"));
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    let whole: i64 = whole.trim_start_matches('-').parse().unwrap();
    sign * (whole * 1_000_000 + format!("{frac:0<6}").parse::<i64>().unwrap())
}

/// Fetches the URL an action answered; returns the CSV's rows (header first).
async fn fetch(e: &Emulator, answer: &Value) -> Vec<Vec<String>> {
    assert_eq!(answer["Ready"], 1, "{answer}");
    let url = answer["DownloadUrl"].as_str().unwrap();
    assert!(url.starts_with(&format!("{}/_emulator/download/", e.url())), "{url}");
    let response = reqwest::get(url).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = response.text().await.unwrap();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// The sum of column `name`, in millionths.
fn column_sum(rows: &[Vec<String>], name: &str) -> i64 {
    let index = rows[0].iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} in {:?}", rows[0]));
    rows[1..].iter().map(|r| micros(&r[index])).sum()
}

async fn partner_total(e: &Emulator, month: &str) -> i64 {
    let summary = call(e, "DescribeBillSummary", &json!({"Month": month, "GroupType": "product"}).to_string()).await;
    summary["SummaryDetail"].as_array().unwrap().iter().map(|g| micros(g["TotalCost"].as_str().unwrap())).sum()
}

#[tokio::test]
async fn the_partners_bill_and_rebate_files_sum_to_the_summary() {
    let e = emulator().await;
    for month in ["2024-04", "2024-05"] {
        let total = partner_total(&e, month).await;
        assert!(total > 0);
        for file_type in ["L2", "L3"] {
            let body = json!({"Month": month, "FileType": file_type}).to_string();
            let rows = fetch(&e, &call(&e, "DescribeBillDownloadUrl", &body).await).await;
            assert!(rows.len() > 1);
            assert_eq!(column_sum(&rows, "TotalCost"), total, "{month} {file_type}");
        }
        let body = json!({"Month": month, "FileType": "CommissionDetail"}).to_string();
        let rows = fetch(&e, &call(&e, "DescribeRebateDownloadUrl", &body).await).await;
        assert_eq!(column_sum(&rows, "TotalCost"), total);
        assert!(column_sum(&rows, "Rebate") > 0);
    }
}

#[tokio::test]
async fn a_customers_file_sums_to_its_summary() {
    let e = emulator().await;
    let listed = call(&e, "QueryCustomersCredit", &json!({"PageSize": 100}).to_string()).await;
    let uin = listed["Data"][0]["ClientUin"].as_u64().unwrap();
    let body = json!({"CustomerUin": uin, "Month": "2024-05"}).to_string();
    let summary = call(&e, "DescribeCustomerBillSummary", &body).await;
    let body = json!({"Month": "2024-05", "FileType": "billDetail", "CustomerUinType": "Customer", "CustomerUin": uin});
    let rows = fetch(&e, &call(&e, "DescribeCustomerBillDownloadUrl", &body.to_string()).await).await;
    let total = column_sum(&rows, "TotalCost");
    assert_eq!(total, (summary["TotalCost"].as_f64().unwrap() * 1e6).round() as i64);
    assert!(rows[1..].iter().all(|r| r[2] == uin.to_string()), "only the customer's rows");

    let everyone = json!({"Month": "2024-05", "FileType": "billResource", "CustomerUinType": "Customer"});
    let rows = fetch(&e, &call(&e, "DescribeCustomerBillDownloadUrl", &everyone.to_string()).await).await;
    assert_eq!(column_sum(&rows, "TotalCost"), partner_total(&e, "2024-05").await);
}

#[tokio::test]
async fn strangers_early_months_and_unknown_files_are_refused() {
    let e = emulator().await;
    let body = json!({"Month": "2024-05", "FileType": "billDetail", "CustomerUinType": "Customer", "CustomerUin": 42});
    let refused = call(&e, "DescribeCustomerBillDownloadUrl", &body.to_string()).await;
    assert_eq!(refused["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
    let early = call(&e, "DescribeBillDownloadUrl", &json!({"Month": "2022-05", "FileType": "L3"}).to_string()).await;
    assert_eq!(early["Error"]["Code"], "InvalidParameter");
    let future = json!({"Month": "2024-06", "FileType": "CommissionDetail"}).to_string();
    assert_eq!(call(&e, "DescribeRebateDownloadUrl", &future).await["Error"]["Code"], "InvalidParameterValue");
    let missing = reqwest::get(format!("{}/_emulator/download/nothing.csv", e.url())).await.unwrap();
    assert_eq!(missing.status(), 404);
}
