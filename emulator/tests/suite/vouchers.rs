//! Vouchers agree wherever they are read: the pool with what was issued, amounts with the
//! lists, lists with their pages, and usage details with what was spent.

use std::collections::HashSet;
use std::time::Duration;

use crate::support::call;
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual_now()).without_rate_limits().start().await.unwrap()
}

/// A money amount in cents.
fn cents(v: &Value) -> i64 {
    (v.as_f64().unwrap_or_else(|| panic!("{v} is not an amount")) * 100.0).round() as i64
}

async fn customer_uins(e: &Emulator) -> Vec<u64> {
    let listed = call(e, "QueryCustomersCredit", &json!({"PageSize": 100}).to_string()).await;
    listed["Data"].as_array().unwrap().iter().map(|c| c["ClientUin"].as_u64().unwrap()).collect()
}

/// Every voucher of the partner's customers, through DescribeCustomerVoucherList in pages of 2.
async fn all_vouchers(e: &Emulator) -> Vec<Value> {
    let mut out = Vec::new();
    for page in 1..=100 {
        let answer = call(e, "DescribeCustomerVoucherList", &json!({"Page": page, "PageSize": 2}).to_string()).await;
        let data = answer["Data"].as_array().unwrap_or_else(|| panic!("{answer}"));
        if data.is_empty() {
            assert_eq!(out.len() as u64, answer["TotalCount"].as_u64().unwrap());
            return out;
        }
        out.extend(data.iter().cloned());
    }
    panic!("more than 100 pages");
}

async fn check_agreement(e: &Emulator) {
    let uins = customer_uins(e).await;
    let amounts = call(e, "QueryVoucherAmountByUin", &json!({"ClientUins": uins}).to_string()).await;
    let lists = call(e, "QueryVoucherListByUin", &json!({"ClientUins": uins}).to_string()).await;
    let (mut issued_total, mut issued_count) = (0, 0);
    for (amount, list) in amounts["Data"].as_array().unwrap().iter().zip(lists["Data"].as_array().unwrap()) {
        assert_eq!(amount["ClientUin"], list["ClientUin"]);
        let items = list["Data"].as_array().unwrap();
        assert_eq!(list["TotalCount"], items.len());
        assert_eq!(cents(&amount["TotalAmount"]), items.iter().map(|v| cents(&v["TotalAmount"])).sum::<i64>());
        assert_eq!(cents(&amount["RemainAmount"]), items.iter().map(|v| cents(&v["RemainAmount"])).sum::<i64>());
        issued_total += cents(&amount["TotalAmount"]);
        issued_count += items.len();
        // The status filter splits the list.
        let mut by_status = 0;
        for status in ["Unused", "Used", "Expired"] {
            let body = json!({"ClientUins": [amount["ClientUin"]], "Status": status}).to_string();
            let filtered = call(e, "QueryVoucherListByUin", &body).await;
            let items = filtered["Data"][0]["Data"].as_array().unwrap();
            assert!(items.iter().all(|v| v["VoucherStatus"] == status), "{filtered}");
            by_status += items.len();
        }
        let invalidated = items.iter().filter(|v| v["VoucherStatus"] == "Invalidated").count();
        assert_eq!(by_status + invalidated, list["TotalCount"].as_u64().unwrap() as usize);
    }
    let pool = call(e, "QueryVoucherPool", "{}").await;
    assert_eq!(cents(&pool["TotalQuota"]) - cents(&pool["RemainingQuota"]), issued_total, "{pool}");
    assert_eq!(pool["IssuedNum"], issued_count);

    let vouchers = all_vouchers(e).await;
    assert_eq!(vouchers.len(), issued_count);
    let ids: HashSet<u64> = vouchers.iter().map(|v| v["VoucherId"].as_u64().unwrap()).collect();
    assert_eq!(ids.len(), vouchers.len(), "each voucher on exactly one page");
    for v in &vouchers {
        let spent = cents(&v["TotalAmount"]) - cents(&v["RemainingAmount"]);
        let body = json!({"Page": 1, "PageSize": 100, "CustomerUin": v["CustomerUin"], "VoucherId": v["VoucherId"]});
        let usage = call(e, "DescribeCustomerVoucherUsageDetails", &body.to_string()).await;
        let records = usage["Data"].as_array().unwrap_or_else(|| panic!("{usage}"));
        assert_eq!(records.iter().map(|r| cents(&r["Amount"])).sum::<i64>(), spent, "{usage}");
        assert_eq!(usage["TotalRecordsCount"], records.len());
        assert_eq!(cents(&usage["RemainAmount"]), cents(&v["RemainingAmount"]));
        // Month by month, the records add up to the same.
        let months: HashSet<String> = records.iter().map(|r| r["PayTime"].as_str().unwrap()[..7].to_owned()).collect();
        let mut by_month = 0;
        for month in months {
            let mut body = body.clone();
            body["Month"] = json!(month);
            let usage = call(e, "DescribeCustomerVoucherUsageDetails", &body.to_string()).await;
            assert_eq!(usage["RecordsCountByMonth"], usage["Data"].as_array().unwrap().len());
            by_month += usage["Data"].as_array().unwrap().iter().map(|r| cents(&r["Amount"])).sum::<i64>();
        }
        assert_eq!(by_month, spent);
    }
}

#[tokio::test]
async fn pool_amounts_lists_and_usage_agree_as_time_passes() {
    let e = emulator().await;
    check_agreement(&e).await;
    let before = call(&e, "QueryVoucherPool", "{}").await;
    e.clock().advance(Duration::from_secs(86_400 * 400));
    check_agreement(&e).await;
    let after = call(&e, "QueryVoucherPool", "{}").await;
    assert!(after["IssuedNum"].as_u64() >= before["IssuedNum"].as_u64());
}

#[tokio::test]
async fn filters_page_and_strangers_are_refused() {
    let e = emulator().await;
    let vouchers = all_vouchers(&e).await;
    assert!(vouchers.iter().any(|v| v["RemainingAmount"] != v["TotalAmount"]), "seed 1 has spent vouchers");
    for status in ["Issued", "Used", "Expired", "Invalidated"] {
        let body = json!({"Page": 1, "PageSize": 100, "VoucherStatus": status}).to_string();
        let answer = call(&e, "DescribeCustomerVoucherList", &body).await;
        let expected = vouchers.iter().filter(|v| v["VoucherStatus"] == status).count();
        assert_eq!(answer["TotalCount"], expected, "{status}: {answer}");
    }
    let first = &vouchers[0];
    let body = json!({"Page": 1, "PageSize": 10, "VoucherId": first["VoucherId"]}).to_string();
    assert_eq!(call(&e, "DescribeCustomerVoucherList", &body).await["Data"], json!([first]));

    let stranger = 123_456_789u64;
    let refused = call(&e, "QueryVoucherAmountByUin", &json!({"ClientUins": [stranger]}).to_string()).await;
    assert_eq!(refused["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
    let refused = call(&e, "QueryVoucherListByUin", &json!({"ClientUins": [stranger]}).to_string()).await;
    assert_eq!(refused["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
    let body = json!({"Page": 1, "PageSize": 10, "CustomerUin": first["CustomerUin"], "VoucherId": 1});
    let refused = call(&e, "DescribeCustomerVoucherUsageDetails", &body.to_string()).await;
    assert_eq!(refused["Error"]["Code"], "FailedOperation");
    let body = json!({"Page": 1, "PageSize": 101}).to_string();
    assert_eq!(call(&e, "DescribeCustomerVoucherList", &body).await["Error"]["Code"], "InvalidParameterValue");
}
