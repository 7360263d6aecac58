//! The first thing to run: a partner's customer onboarding, end to end, with no cloud account.
//!
//! `cargo run --example quickstart` starts the tc3 emulator on 127.0.0.1 (a sandbox of the
//! partner API that checks signatures and keeps state) and runs the onboarding flow on it:
//! country codes, a verification SMS, the code read from the emulator's inbox, a new
//! customer account, credit for it, the customer's credit and the month's bill.
//!
//! With `TENCENTCLOUD_SECRET_ID` and `TENCENTCLOUD_SECRET_KEY` set, it talks to the real
//! service instead and makes only read-only calls; `--write --phone 85251234567 --mail
//! a@b.example` also sends a real SMS, asks for the code on standard input and creates a
//! real account.

use std::io::BufRead;

use tc3::intlpartnersmgt::v20220928::{
    AllocateCustomerCredit, CreateAccount, DescribeBillSummary, GetCountryCodes, QueryCustomersCredit,
    QueryPartnerCredit, SendVerifyCode,
};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Who the new customer is.
struct Customer {
    country_code: String,
    phone: String,
    area: String,
    mail: String,
}

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let write = args.iter().any(|a| a == "--write");

    if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        let client = tc3::Client::from_env()?;
        println!("Credentials found in the environment: calling the real service.");
        let customer = match (write, flag("--phone"), flag("--mail")) {
            (false, ..) => {
                println!(
                    "Read-only calls only; pass --write --phone <country code + number> --mail <address> to create an account.\n"
                );
                None
            }
            (true, Some(phone), Some(mail)) => Some(real_customer(&phone, mail)?),
            (true, ..) => return Err("--write needs --phone (e.g. 85251234567) and --mail".into()),
        };
        return run(&client, customer, |_: &Customer| read_code_from_stdin()).await;
    }

    let emulator = tc3_emulator::Emulator::start().await?;
    println!("No credentials in the environment: running against the tc3 emulator at {}", emulator.url());
    println!("(its page with requests, accounts and inbox: {}/_emulator/)\n", emulator.url());
    let customer = Customer {
        country_code: "852".into(),
        phone: "51234567".into(),
        area: "HK".into(),
        mail: "accounts@kowloon-bakery.example".into(),
    };
    let client = emulator.client()?;
    run(&client, Some(customer), |c: &Customer| {
        let message = emulator.inbox().into_iter().rev().find(|m| m.to == format!("+{} {}", c.country_code, c.phone));
        let message = message.ok_or("no SMS in the emulator's inbox")?;
        println!("   inbox: {:?}", message.text);
        Ok(message.code)
    })
    .await
}

async fn run(
    client: &tc3::Client,
    customer: Option<Customer>,
    read_code: impl Fn(&Customer) -> Result<String>,
) -> Result<()> {
    let countries = client.call(GetCountryCodes {}).await?;
    let list = countries.data.unwrap_or_default();
    let sample: Vec<String> = list
        .iter()
        .take(3)
        .map(|c| format!("+{} {}", c.code.as_deref().unwrap_or("?"), c.en_name.as_deref().unwrap_or("?")))
        .collect();
    println!("1. GetCountryCodes: {} countries, e.g. {}", list.len(), sample.join(", "));

    let mut new_uin = None;
    if let Some(c) = &customer {
        let sent =
            client.call(SendVerifyCode { country_code: c.country_code.clone(), phone_num: c.phone.clone() }).await?;
        println!("2. SendVerifyCode: a code went to +{} {} (request id {})", c.country_code, c.phone, sent.request_id);
        let code = read_code(c)?;
        let password = "Welc0me!2tc3".to_owned();
        let created = client
            .call(CreateAccount {
                account_type: "company".into(),
                mail: c.mail.clone(),
                password: password.clone(),
                confirm_password: password,
                phone_num: c.phone.clone(),
                country_code: c.country_code.clone(),
                area: c.area.clone(),
                verify_code: code,
                trade_one: "kghy_01".into(),
                trade_two: "kghy_0101".into(),
                extended: None,
                customer_name: Some("Kowloon Bakery".into()),
            })
            .await?;
        let uin: u64 = created.uin.as_deref().unwrap_or_default().parse()?;
        println!("3. CreateAccount: customer {uin} created for {}", c.mail);
        let credit = client
            .call(AllocateCustomerCredit {
                added_credit: "250.00".parse()?,
                client_uin: uin,
                remark: Some("welcome credit".into()),
            })
            .await?;
        println!(
            "4. AllocateCustomerCredit: 250.00 allocated; credit {} in total, {} remaining",
            show(credit.total_credit.as_ref()),
            show(credit.remaining_credit.as_ref())
        );
        new_uin = Some(uin);
    }

    let query = QueryCustomersCredit {
        filter_type: new_uin.map(|_| "ClientUin".into()),
        filter: new_uin.map(|u| u.to_string()),
        page: Some(1),
        page_size: Some(5),
        order: None,
    };
    let customers = client.call(query).await?;
    println!("5. QueryCustomersCredit: {} customer(s)", customers.total.unwrap_or_default());
    for c in customers.data.unwrap_or_default() {
        println!(
            "   {:>14}  {:<32} credit {:>10}  remaining {:>10}",
            c.client_uin.unwrap_or_default(),
            c.email.unwrap_or_default(),
            show(c.credit.as_ref()),
            show(c.remaining_credit.as_ref())
        );
    }
    let pool = client.call(QueryPartnerCredit {}).await?;
    println!("6. QueryPartnerCredit: {} left in the partner's pool", show(pool.remaining_credit.as_ref()));

    let month = last_month();
    let bill =
        client.call(DescribeBillSummary { month: month.clone(), group_type: "product".into(), tag_key: None }).await?;
    println!("7. DescribeBillSummary {month}, by product:");
    for group in bill.summary_detail.unwrap_or_default() {
        println!("   {:<28} {:>14} USD", group.group_value.unwrap_or_default(), group.total_cost.unwrap_or_default());
    }
    Ok(())
}

fn show(amount: Option<&tc3::Decimal>) -> String {
    amount.map_or_else(|| "-".into(), |d| d.as_str().to_owned())
}

/// `YYYY-MM` of the month before this one (UTC), whose bill is complete.
fn last_month() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let z = (secs / 86_400) as i64 + 719_468;
    let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let mp = (5 * (doe - (365 * yoe + yoe / 4 - yoe / 100)) + 2) / 153;
    let (mut year, mut month) = (yoe + era * 400, if mp < 10 { mp + 3 } else { mp - 9 });
    if month <= 2 {
        year += 1;
    }
    month -= 1;
    if month == 0 {
        (year, month) = (year - 1, 12);
    }
    format!("{year:04}-{month:02}")
}

fn real_customer(phone: &str, mail: String) -> Result<Customer> {
    let digits = phone.trim_start_matches('+');
    // Longest calling code first: 852 before 85.
    let (country_code, area) = [
        ("852", "HK"),
        ("853", "MO"),
        ("65", "SG"),
        ("60", "MY"),
        ("62", "ID"),
        ("66", "TH"),
        ("63", "PH"),
        ("84", "VN"),
    ]
    .into_iter()
    .find(|(code, _)| digits.starts_with(code))
    .ok_or("--phone: start with a supported country code, e.g. 852 or 65")?;
    Ok(Customer {
        country_code: country_code.into(),
        phone: digits[country_code.len()..].into(),
        area: area.into(),
        mail,
    })
}

fn read_code_from_stdin() -> Result<String> {
    println!("   enter the code from the SMS:");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_owned())
}
