//! Credit allocation: the partner's pool, an allocation, its history, and the refusal of an
//! allocation larger than the pool.
//!
//! `cargo run --example credit` runs on the embedded tc3 emulator. Allocation moves real
//! money, so with `TENCENTCLOUD_SECRET_ID`/`_SECRET_KEY` set it only reads, unless given
//! `--write <customer uin> <amount>`.

use tc3::intlpartnersmgt::v20220928::{
    AllocateCustomerCredit, QueryCreditAllocationHistory, QueryCustomersCredit, QueryPartnerCredit,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let _emulator;
    let (client, write) = if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        (tc3::Client::from_env()?, args.first().is_some_and(|a| a == "--write"))
    } else {
        let emulator = tc3_emulator::Emulator::start().await?;
        println!("running against the tc3 emulator at {}\n", emulator.url());
        let client = emulator.client()?;
        _emulator = emulator;
        (client, true)
    };

    let pool = client.call(QueryPartnerCredit {}).await?;
    println!("pool: {} remaining of {}", show(pool.remaining_credit.as_ref()), show(pool.total_credit.as_ref()));
    let query =
        QueryCustomersCredit { filter_type: None, filter: None, page: Some(1), page_size: Some(1), order: None };
    let first =
        client.call(query).await?.data.unwrap_or_default().into_iter().next().ok_or("the partner has no customers")?;
    let uin = match args.get(1) {
        Some(uin) => uin.parse()?,
        None => first.client_uin.unwrap_or_default(),
    };
    if !write {
        println!("read-only: pass --write <customer uin> <amount> to allocate");
        return Ok(());
    }
    let amount: tc3::Decimal = args.get(2).map_or("100.00", String::as_str).parse()?;
    let allocated = client
        .call(AllocateCustomerCredit { added_credit: amount.clone(), client_uin: uin, remark: Some("example".into()) })
        .await?;
    println!("allocated {} to {uin}: credit now {}", amount.as_str(), show(allocated.total_credit.as_ref()));

    // One cent more than the pool holds: the service refuses, and says why.
    let pool = client.call(QueryPartnerCredit {}).await?;
    let over = cents(pool.remaining_credit.as_ref().map_or("0", |d| d.as_str())) + 1;
    let too_much: tc3::Decimal = format!("{}.{:02}", over / 100, over % 100).parse()?;
    match client.call(AllocateCustomerCredit { added_credit: too_much, client_uin: uin, remark: None }).await {
        Err(e) => println!("allocating more than the pool: refused with {} ({})", e.code().unwrap_or("?"), e.message()),
        Ok(_) => println!("allocating more than the pool: accepted?"),
    }

    let history =
        client.call(QueryCreditAllocationHistory { client_uin: uin, page: Some(1), page_size: Some(10) }).await?;
    println!("history of {uin}: {} allocation(s)", history.total.unwrap_or_default());
    for entry in history.history.unwrap_or_default() {
        println!(
            "   {}  {:>10}  by {}  ({})",
            entry.allocated_time.unwrap_or_default(),
            show(entry.allocated_credit.as_ref()),
            entry.operator.unwrap_or_default(),
            entry.remark.unwrap_or_default()
        );
    }
    Ok(())
}

fn show(amount: Option<&tc3::Decimal>) -> String {
    amount.map_or_else(|| "-".into(), |d| d.as_str().to_owned())
}

/// `12.3` as 1230 cents, exactly.
fn cents(amount: &str) -> i64 {
    let (whole, frac) = amount.split_once('.').unwrap_or((amount, ""));
    let frac = format!("{frac:0<2}");
    whole.parse::<i64>().unwrap_or(0) * 100 + frac[..2].parse::<i64>().unwrap_or(0)
}
