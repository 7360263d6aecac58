//! The onboarding flow and its limits, as a partner's code meets them.

use std::time::Duration;

use crate::support::{Call, call, code};
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual_now()).start().await.unwrap()
}

fn account(mail: &str, phone: &str, code: &str) -> String {
    json!({
        "AccountType": "company", "Mail": mail, "Password": "Passw0rd!", "ConfirmPassword": "Passw0rd!",
        "PhoneNum": phone, "CountryCode": "852", "Area": "HK", "VerifyCode": code,
        "TradeOne": "kghy_01", "TradeTwo": "kghy_0101", "CustomerName": "Kowloon Bakery"
    })
    .to_string()
}

fn sms(phone: &str) -> String {
    json!({"CountryCode": "852", "PhoneNum": phone}).to_string()
}

/// Sends a code to `phone`, creates an account with it, returns the new uin.
async fn onboard(e: &Emulator, mail: &str, phone: &str) -> Value {
    let sent = call(e, "SendVerifyCode", &sms(phone)).await;
    assert!(sent["Error"].is_null(), "{sent}");
    let code = e.latest_code("852", phone).expect("the code is in the inbox");
    call(e, "CreateAccount", &account(mail, phone, &code)).await
}

#[tokio::test]
async fn the_whole_flow_through_the_tc3_client() {
    // On the manual clock, the closing refusal is inside the 60 s interval however slow the flow.
    let e = emulator().await;
    let client = e.client().unwrap();
    let v = "2022-09-28";
    let countries = client.call_json("intlpartnersmgt", v, "GetCountryCodes", json!({})).await.unwrap();
    assert!(countries["Data"].as_array().unwrap().iter().any(|c| c["Code"] == "852"));
    client
        .call_json("intlpartnersmgt", v, "SendVerifyCode", json!({"CountryCode": "852", "PhoneNum": "51234567"}))
        .await
        .unwrap();
    let code = e.latest_code("852", "51234567").unwrap();
    assert_eq!(code.len(), 6);
    let params: Value = serde_json::from_str(&account("ops@kowloon.example", "51234567", &code)).unwrap();
    let created = client.call_json("intlpartnersmgt", v, "CreateAccount", params).await.unwrap();
    let uin: u64 = created["Uin"].as_str().unwrap().parse().unwrap();
    let allocated = client
        .call_json("intlpartnersmgt", v, "AllocateCustomerCredit", json!({"ClientUin": uin, "AddedCredit": 250.5}))
        .await
        .unwrap();
    assert_eq!(allocated["TotalCredit"], 250.5);
    let credit = client
        .call_json(
            "intlpartnersmgt",
            v,
            "QueryCustomersCredit",
            json!({"FilterType": "ClientUin", "Filter": uin.to_string()}),
        )
        .await
        .unwrap();
    assert_eq!(credit["Total"], 1);
    assert_eq!(credit["Data"][0]["Credit"], 250.5);
    let refused = client
        .call_json("intlpartnersmgt", v, "SendVerifyCode", json!({"CountryCode": "852", "PhoneNum": "51234567"}))
        .await;
    assert_eq!(refused.unwrap_err().code(), Some("FailedOperation.SendVerifyCodeLimit60"));
}

#[tokio::test]
async fn one_code_per_phone_per_minute_and_a_daily_cap() {
    // Noon (UTC) today, so the eleven minutes this test lets pass stay inside one day of
    // the cap whatever the hour it runs at (it failed in the last minutes before midnight).
    let now = Clock::manual_now().now();
    let e = Emulator::builder().clock(Clock::manual(now - now % 86_400 + 43_200)).start().await.unwrap();
    assert_eq!(code(&Call::new(&e, "SendVerifyCode", &sms("60000001")).send(&e).await.1), "OK");
    e.clock().advance(Duration::from_secs(59));
    let (_, again) = Call::new(&e, "SendVerifyCode", &sms("60000001")).send(&e).await;
    assert_eq!(code(&again), "FailedOperation.SendVerifyCodeLimit60");
    e.clock().advance(Duration::from_secs(1));
    assert_eq!(code(&Call::new(&e, "SendVerifyCode", &sms("60000001")).send(&e).await.1), "OK");
    for _ in 2..tc3_emulator::SMS_DAILY_CAP {
        e.clock().advance(Duration::from_secs(60));
        assert_eq!(code(&Call::new(&e, "SendVerifyCode", &sms("60000001")).send(&e).await.1), "OK");
    }
    e.clock().advance(Duration::from_secs(60));
    let (_, capped) = Call::new(&e, "SendVerifyCode", &sms("60000001")).send(&e).await;
    assert_eq!(code(&capped), "FailedOperation.SendVerifyCodeLimit");
    // Another phone is not affected.
    assert_eq!(code(&Call::new(&e, "SendVerifyCode", &sms("60000002")).send(&e).await.1), "OK");
}

#[tokio::test]
async fn refused_areas_are_named() {
    let e = emulator().await;
    for country in ["7", "380", "86"] {
        let body = json!({"CountryCode": country, "PhoneNum": "5550000"}).to_string();
        let (_, answer) = Call::new(&e, "SendVerifyCode", &body).send(&e).await;
        assert_eq!(code(&answer), "InvalidParameterValue.UnSupportArea");
    }
}

#[tokio::test]
async fn an_account_needs_the_code_just_sent() {
    let e = emulator().await;
    let wrong = call(&e, "CreateAccount", &account("a@shop.example", "61111111", "000000")).await;
    assert_eq!(wrong["Error"]["Code"], "FailedOperation.VerificationCodeIllegal");
    call(&e, "SendVerifyCode", &sms("61111111")).await;
    let first = e.latest_code("852", "61111111").unwrap();
    e.clock().advance(Duration::from_secs(60));
    call(&e, "SendVerifyCode", &sms("61111111")).await;
    let second = e.latest_code("852", "61111111").unwrap();
    if first != second {
        let stale = call(&e, "CreateAccount", &account("a@shop.example", "61111111", &first)).await;
        assert_eq!(stale["Error"]["Code"], "FailedOperation.VerificationCodeIllegal");
    }
    e.clock().advance(Duration::from_secs(1));
    let created = call(&e, "CreateAccount", &account("a@shop.example", "61111111", &second)).await;
    assert!(created["Uin"].is_string(), "{created}");
    e.clock().advance(Duration::from_secs(1));
    let reused = call(&e, "CreateAccount", &account("b@shop.example", "61111111", &second)).await;
    assert_eq!(reused["Error"]["Code"], "FailedOperation.VerificationCodeIllegal");
}

#[tokio::test]
async fn codes_expire_after_five_minutes() {
    let e = emulator().await;
    call(&e, "SendVerifyCode", &sms("62222222")).await;
    let code = e.latest_code("852", "62222222").unwrap();
    e.clock().advance(Duration::from_secs(tc3_emulator::CODE_VALIDITY_SECS + 1));
    let late = call(&e, "CreateAccount", &account("late@shop.example", "62222222", &code)).await;
    assert_eq!(late["Error"]["Code"], "FailedOperation.VerificationCodeIllegal");
}

#[tokio::test]
async fn registered_mails_and_full_phones_are_refused() {
    let e = emulator().await;
    for i in 0..tc3_emulator::ACCOUNTS_PER_PHONE {
        let created = onboard(&e, &format!("shop{i}@example.org"), "63333333").await;
        assert!(created["Uin"].is_string(), "{created}");
        e.clock().advance(Duration::from_secs(61));
    }
    let (_, full) = Call::new(&e, "SendVerifyCode", &sms("63333333")).send(&e).await;
    assert_eq!(code(&full), "FailedOperation.PhoneBindUpper");
    let taken = onboard(&e, "SHOP0@example.org", "64444444").await;
    assert_eq!(taken["Error"]["Code"], "FailedOperation.MailIsRegistered");
}

#[tokio::test]
async fn form_mistakes_have_their_own_codes() {
    let e = emulator().await;
    call(&e, "SendVerifyCode", &sms("65555555")).await;
    let code = e.latest_code("852", "65555555").unwrap();
    let mut body: Value = serde_json::from_str(&account("c@shop.example", "65555555", &code)).unwrap();
    for (field, value, expected) in [
        ("Password", "short", "InvalidParameter.PasswordFormatIncorrect"),
        ("Mail", "not-a-mail", "InvalidParameter.MailFormatIncorrect"),
        ("Area", "SG", "InvalidParameter.AreaContentIncorrect"),
        ("AccountType", "business", "InvalidParameter.AccountTypeContentIncorrect"),
        ("TradeTwo", "kghy_0201", "FailedOperation.TradeInfoIncorrect"),
        ("Mail", "", "InvalidParameterValue.MailEmpty"),
    ] {
        let saved = body[field].clone();
        body[field] = json!(value);
        let answer = call(&e, "CreateAccount", &body.to_string()).await;
        assert_eq!(answer["Error"]["Code"], expected, "{field}={value}");
        body[field] = saved;
        e.clock().advance(Duration::from_secs(1));
    }
}

#[tokio::test]
async fn credit_never_exceeds_the_pool() {
    let e = emulator().await;
    let partner = call(&e, "QueryPartnerCredit", "{}").await;
    let pool = partner["RemainingCredit"].as_f64().unwrap();
    let customers = call(&e, "QueryCustomersCredit", "{}").await;
    let uin = customers["Data"][0]["ClientUin"].as_u64().unwrap();
    let body = |amount: f64| json!({"ClientUin": uin, "AddedCredit": amount}).to_string();
    let too_much = call(&e, "AllocateCustomerCredit", &body(pool + 0.01)).await;
    assert_eq!(too_much["Error"]["Code"], "FailedOperation.BalanceInsufficient");
    let all = call(&e, "AllocateCustomerCredit", &body(pool)).await;
    assert!(all["Error"].is_null(), "{all}");
    e.clock().advance(Duration::from_secs(1));
    let after = call(&e, "QueryPartnerCredit", "{}").await;
    assert_eq!(after["RemainingCredit"].as_f64(), Some(0.0));
    let history = call(&e, "QueryCreditAllocationHistory", &json!({"ClientUin": uin}).to_string()).await;
    assert_eq!(history["History"][0]["AllocatedCredit"].as_f64(), Some(pool));
    let unknown = call(&e, "AllocateCustomerCredit", &json!({"ClientUin": 1, "AddedCredit": 1}).to_string()).await;
    assert_eq!(unknown["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
}

fn micros(text: &Value) -> i64 {
    let (whole, frac) = text.as_str().unwrap().split_once('.').unwrap();
    whole.parse::<i64>().unwrap() * 1_000_000 + frac.parse::<i64>().unwrap()
}

#[tokio::test]
async fn bill_summaries_add_up_to_the_detail() {
    let e = emulator().await;
    let month = tc3_emulator_month(&e);
    let summary = call(&e, "DescribeBillSummary", &json!({"Month": month, "GroupType": "product"}).to_string()).await;
    let summed: i64 = summary["SummaryDetail"].as_array().unwrap().iter().map(|g| micros(&g["TotalCost"])).sum();
    let (mut page, mut detail_total, mut rows) = (1, 0, 0);
    loop {
        e.clock().advance(Duration::from_secs(1));
        let body = json!({"Month": month, "Page": page, "PageSize": 5}).to_string();
        let detail = call(&e, "DescribeBillDetail", &body).await;
        let set = detail["DetailSet"].as_array().unwrap().clone();
        detail_total += set.iter().map(|r| micros(&r["TotalCost"])).sum::<i64>();
        rows += set.len();
        if rows as u64 >= detail["Total"].as_u64().unwrap() || page > 50 {
            break;
        }
        page += 1;
    }
    assert!(rows > 0);
    assert_eq!(summed, detail_total);
}

/// The month before the current one, `YYYY-MM`: every seeded customer existed by then.
fn tc3_emulator_month(e: &Emulator) -> String {
    let z = (e.now() / 86_400 - 31) as i64 + 719_468;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let mp = (5 * (doe - (365 * yoe + yoe / 4 - yoe / 100)) + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{month:02}", yoe + era * 400 + i64::from(month <= 2))
}

#[tokio::test]
async fn state_survives_a_restart() {
    let dir = std::env::temp_dir().join(format!("tc3-emulator-restart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let uin = {
        let e = Emulator::builder().state_file(&path).clock(Clock::manual_now()).start().await.unwrap();
        let created = onboard(&e, "kept@example.org", "66666666").await;
        created["Uin"].as_str().unwrap().to_owned()
    };
    let e = Emulator::builder().state_file(&path).clock(Clock::manual_now()).start().await.unwrap();
    let found = call(&e, "QueryCustomersCredit", &json!({"FilterType": "ClientUin", "Filter": uin}).to_string()).await;
    assert_eq!(found["Total"], 1, "{found}");
    assert_eq!(e.inbox().len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn applications_are_approved_into_customers_and_sub_agents() {
    let e = emulator().await;
    let pending = call(&e, "QueryPendingClientsV2", r#"{"Page":1,"PageSize":20}"#).await;
    let uin = pending["Data"][0]["ClientUin"].as_u64().expect("a seeded application");
    let approve = |uin: u64, kind: &str| json!({"ClientUin": uin, "ApproveType": kind}).to_string();
    assert!(call(&e, "ApproveClientApply", &approve(uin, "pass")).await["Error"].is_null());
    e.clock().advance(Duration::from_secs(1));
    let again = call(&e, "ApproveClientApply", &approve(uin, "pass")).await;
    assert_eq!(again["Error"]["Code"], "InvalidParameterValue.UinAlreadyClient");
    let found =
        call(&e, "QueryCustomersCredit", &json!({"FilterType": "ClientUin", "Filter": uin.to_string()}).to_string())
            .await;
    assert_eq!(found["Total"], 1);
    e.clock().advance(Duration::from_secs(1));
    let never = call(&e, "ApproveClientApply", &approve(12345, "reject")).await;
    assert_eq!(never["Error"]["Code"], "FailedOperation.ClientNotApply");

    let agents = call(&e, "QueryPendingSubAgentsV2", r#"{"Page":1,"PageSize":20}"#).await;
    let agent = agents["Data"][0]["SubAgentUin"].as_u64().unwrap();
    let body = json!({"SubAgentUin": agent, "ApproveType": "pass"}).to_string();
    assert!(call(&e, "ApproveSubAgentApply", &body).await["Error"].is_null());
    let pool = call(&e, "AllocateCreditPool", &json!({"SubAgentUin": agent, "Credit": "12.50"}).to_string()).await;
    assert_eq!(pool["TotalCredit"], 12.5, "{pool}");
    let listed = call(&e, "QuerySubAgentsDetailV2", r#"{"Page":1,"PageSize":100}"#).await;
    let row = listed["Data"].as_array().unwrap().iter().find(|a| a["SubAgentUin"] == agent).cloned();
    assert_eq!(row.map(|r| r["Credit"].clone()), Some(json!(12.5)), "{listed}");
    e.clock().advance(Duration::from_secs(1));
    let too_much = call(&e, "AllocateCreditPool", &json!({"SubAgentUin": agent, "Credit": 1e9}).to_string()).await;
    assert_eq!(too_much["Error"]["Code"], "InvalidParameterValue.VoucherAmountOutOfRange");
}
