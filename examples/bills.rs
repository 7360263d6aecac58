//! A month's bill of every customer, page by page, checked against each customer's summary.
//!
//! `cargo run --example bills` runs on the embedded tc3 emulator; with
//! `TENCENTCLOUD_SECRET_ID`/`_SECRET_KEY` set it reads the real bills (read-only).
//! Amounts are added as exact millionths of a dollar, never as floats.

use std::collections::BTreeMap;

use tc3::intlpartnersmgt::v20220928::{DescribeCustomerBillDetail, DescribeCustomerBillSummary, QueryCustomersCredit};

/// Small, to show the paging; the API allows up to 200.
const PAGE_SIZE: i64 = 4;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let _emulator;
    let client = if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        tc3::Client::from_env()?
    } else {
        let emulator = tc3_emulator::Emulator::start().await?;
        println!("running against the tc3 emulator at {}\n", emulator.url());
        let client = emulator.client()?;
        _emulator = emulator;
        client
    };
    let month = std::env::args().nth(1).unwrap_or_else(last_month);

    let query =
        QueryCustomersCredit { filter_type: None, filter: None, page: Some(1), page_size: Some(20), order: None };
    let customers = client.call(query).await?;
    for customer in customers.data.unwrap_or_default() {
        let uin = customer.client_uin.unwrap_or_default();
        let mut by_product: BTreeMap<String, i64> = BTreeMap::new();
        let (mut page, mut seen) = (1, 0);
        loop {
            let request = DescribeCustomerBillDetail {
                customer_uin: uin,
                month: month.clone(),
                page_size: PAGE_SIZE,
                page,
                pay_mode: None,
                action_type: None,
                is_confirmed: None,
            };
            let detail = client.call(request).await?;
            let rows = detail.detail_set.unwrap_or_default();
            seen += rows.len() as i64;
            for row in &rows {
                let cost = micros(row.total_cost.as_deref().unwrap_or("0"));
                *by_product.entry(row.product_name.clone().unwrap_or_default()).or_default() += cost;
            }
            if rows.is_empty() || seen >= detail.total.unwrap_or_default() {
                break;
            }
            page += 1;
        }
        let summary = client
            .call(DescribeCustomerBillSummary {
                customer_uin: uin,
                month: month.clone(),
                pay_mode: None,
                action_type: None,
                is_confirmed: None,
            })
            .await?;
        let total: i64 = by_product.values().sum();
        println!("customer {uin} ({}), {month}: {seen} lines on {page} page(s)", customer.name.unwrap_or_default());
        for (product, cost) in &by_product {
            println!("   {product:<28} {:>14}", dollars(*cost));
        }
        let summarized = summary.total_cost.as_ref().map_or("-".into(), |d| d.as_str().to_owned());
        println!("   {:<28} {:>14}   (summary says {summarized})\n", "total", dollars(total));
    }
    Ok(())
}

/// `12.345678` as 12_345_678 millionths.
fn micros(text: &str) -> i64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let frac = format!("{frac:0<6}");
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    whole.parse::<i64>().unwrap_or(0) * 1_000_000 + sign * frac[..6].parse::<i64>().unwrap_or(0)
}

fn dollars(micros: i64) -> String {
    format!("{}.{:06}", micros / 1_000_000, (micros % 1_000_000).abs())
}

/// `YYYY-MM` of the month before this one (UTC), whose bill is complete.
fn last_month() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let z = (secs / 86_400) as i64 + 719_468;
    let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let mp = (5 * (doe - (365 * yoe + yoe / 4 - yoe / 100)) + 2) / 153;
    let (year, month) = (yoe + era * 400 + i64::from(mp >= 10), if mp < 10 { mp + 3 } else { mp - 9 });
    if month == 1 { format!("{:04}-12", year - 1) } else { format!("{year:04}-{:02}", month - 1) }
}
