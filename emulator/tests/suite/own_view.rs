//! A customer signing with its own key pair sees its own vouchers and quota, the same
//! the partner sees of it; the partner's key cannot ask as a customer, nor the reverse.

use crate::support::{Call, call};
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual_now()).without_rate_limits().start().await.unwrap()
}

/// Calls `action` signed with `uin`'s own key pair; returns the `Response` object.
async fn as_customer(e: &Emulator, uin: u64, action: &str, body: Value) -> Value {
    let mut request = Call::new(e, action, &body.to_string());
    request.credentials = e.customer_credentials(uin).expect("a customer");
    request.send(e).await.1["Response"].clone()
}

async fn first_customer(e: &Emulator) -> u64 {
    let listed = call(e, "QueryCustomersCredit", &json!({"PageSize": 100}).to_string()).await;
    listed["Data"][0]["ClientUin"].as_u64().unwrap()
}

fn cents(v: &Value) -> i64 {
    (v.as_f64().unwrap() * 100.0).round() as i64
}

#[tokio::test]
async fn own_vouchers_are_what_the_partner_sees() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let page = json!({"Page": 1, "PageSize": 100});
    let own = as_customer(&e, uin, "DescribeCustomerOwnVoucherList", page.clone()).await;
    let mut partners = page.clone();
    partners["CustomerUin"] = json!(uin);
    let seen = call(&e, "DescribeCustomerVoucherList", &partners.to_string()).await;
    assert_eq!(own["TotalCount"], seen["TotalCount"]);
    assert!(own["TotalCount"].as_u64().unwrap() > 0);
    for (mine, theirs) in own["Data"].as_array().unwrap().iter().zip(seen["Data"].as_array().unwrap()) {
        let mut theirs = theirs.clone();
        theirs.as_object_mut().unwrap().retain(|k, _| k != "Usage" && k != "ApplyReason");
        assert_eq!(mine, &theirs);
        let mut usage = json!({"Page": 1, "PageSize": 100, "VoucherId": mine["VoucherId"]});
        let own_usage = as_customer(&e, uin, "DescribeCustomerOwnVoucherUsageDetails", usage.clone()).await;
        usage["CustomerUin"] = json!(uin);
        let partner_usage = call(&e, "DescribeCustomerVoucherUsageDetails", &usage.to_string()).await;
        assert_eq!(own_usage["Data"], partner_usage["Data"]);
        assert_eq!(own_usage["RemainAmount"], mine["RemainingAmount"]);
    }
}

#[tokio::test]
async fn the_billing_quota_is_the_credit_and_the_spendable_vouchers() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let added = call(&e, "AllocateCustomerCredit", &json!({"ClientUin": uin, "AddedCredit": 5.25}).to_string()).await;
    let quota = as_customer(&e, uin, "QueryCustomerBillingQuota", json!({})).await;
    let credit = call(&e, "QueryCreditByUinList", &json!({"UinList": [uin]}).to_string()).await;
    assert_eq!(quota["Data"]["TotalCredit"], added["TotalCredit"], "{quota}");
    assert_eq!(quota["Data"]["TotalCredit"], credit["Data"][0]["TotalCredit"]);
    assert_eq!(quota["Data"]["RemainingCredit"], credit["Data"][0]["RemainingCredit"]);
    let issued = as_customer(
        &e,
        uin,
        "DescribeCustomerOwnVoucherList",
        json!({"Page": 1, "PageSize": 100, "VoucherStatus": "Issued"}),
    )
    .await;
    let spendable: i64 = issued["Data"].as_array().unwrap().iter().map(|v| cents(&v["RemainingAmount"])).sum();
    assert_eq!(cents(&quota["Data"]["RemainingVoucher"]), spendable);
    call(&e, "ForceQN", &json!({"ClientUin": uin, "Type": 2}).to_string()).await;
    assert_eq!(as_customer(&e, uin, "QueryCustomerBillingQuota", json!({})).await["Data"]["Force"], 2);
}

#[tokio::test]
async fn each_key_asks_only_what_its_holder_may() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let partner = call(&e, "QueryCustomerBillingQuota", "{}").await;
    assert_eq!(partner["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
    let partner = call(&e, "DescribeCustomerOwnVoucherList", &json!({"Page": 1, "PageSize": 10}).to_string()).await;
    assert_eq!(partner["Error"]["Code"], "FailedOperation");
    let body = json!({"ClientUin": uin, "AddedCredit": 1});
    let customer = as_customer(&e, uin, "AllocateCustomerCredit", body).await;
    assert_eq!(customer["Error"]["Code"], "UnauthorizedOperation.UinNoAuth");
    assert!(as_customer(&e, uin, "GetCountryCodes", json!({})).await["Data"].is_array());

    assert!(e.customer_credentials(42).is_none());
    let mut stranger = Call::new(&e, "QueryCustomerBillingQuota", "{}");
    let key = e.customer_credentials(uin).unwrap();
    let forged = key.secret_id().replace(&uin.to_string(), &(uin + 1).to_string());
    stranger.credentials = tc3::Credentials::new(forged, "any key: the id is checked first");
    let (_, answer) = stranger.send(&e).await;
    assert_eq!(answer["Response"]["Error"]["Code"], "AuthFailure.SecretIdNotFound");
}

#[tokio::test]
async fn customer_keys_are_listed_for_callers_outside_rust() {
    let e = emulator().await;
    let uin = first_customer(&e).await;
    let listed: Value =
        reqwest::get(format!("{}/_emulator/customer-keys", e.url())).await.unwrap().json().await.unwrap();
    let keys = listed["keys"].as_array().unwrap();
    let key = keys.iter().find(|k| k["uin"] == uin).unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(key["secretId"].as_str(), Some(e.customer_credentials(uin).unwrap().secret_id()));
    let mut request = Call::new(&e, "QueryCustomerBillingQuota", "{}");
    request.credentials = tc3::Credentials::new(key["secretId"].as_str().unwrap(), key["secretKey"].as_str().unwrap());
    let (_, answer) = request.send(&e).await;
    assert!(answer["Response"]["Data"]["TotalCredit"].is_number(), "{answer}");
}
