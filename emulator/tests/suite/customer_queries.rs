//! Queries by uin answer about the customers and sub-agents that exist, with their real
//! credit, and refuse uins that are not the partner's.

use std::collections::HashSet;

use crate::support::call;
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

async fn emulator() -> Emulator {
    Emulator::builder().clock(Clock::manual_now()).without_rate_limits().start().await.unwrap()
}

/// (uin, credit, remaining credit) of every customer, as QueryCustomersCredit lists them.
async fn customers(e: &Emulator) -> Vec<(u64, Value, Value)> {
    let listed = call(e, "QueryCustomersCredit", &json!({"PageSize": 100}).to_string()).await;
    listed["Data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["ClientUin"].as_u64().unwrap(), c["Credit"].clone(), c["RemainingCredit"].clone()))
        .collect()
}

#[tokio::test]
async fn credit_by_uin_is_the_credit_allocated() {
    let e = emulator().await;
    let before = customers(&e).await;
    let uin = before[0].0;
    let allocated =
        call(&e, "AllocateCustomerCredit", &json!({"ClientUin": uin, "AddedCredit": 12.34}).to_string()).await;
    assert!(allocated["Error"].is_null(), "{allocated}");
    let all = customers(&e).await;
    let uins: Vec<u64> = all.iter().map(|c| c.0).collect();
    let by_uin = call(&e, "QueryCreditByUinList", &json!({"UinList": uins}).to_string()).await;
    let data = by_uin["Data"].as_array().unwrap();
    assert_eq!(data.len(), all.len());
    for (row, (uin, credit, remaining)) in data.iter().zip(&all) {
        assert_eq!((&row["Uin"], &row["TotalCredit"], &row["RemainingCredit"]), (&json!(uin), credit, remaining));
    }
    assert_eq!(data[uins.iter().position(|u| *u == uin).unwrap()]["TotalCredit"], allocated["TotalCredit"]);

    let direct = call(&e, "QueryDirectCustomersCredit", "{}").await;
    let direct: HashSet<String> = direct["Data"].as_array().unwrap().iter().map(Value::to_string).collect();
    let listed: HashSet<String> = data.iter().map(Value::to_string).collect();
    assert_eq!(direct, listed);
}

#[tokio::test]
async fn uins_that_are_not_customers_are_refused() {
    let e = emulator().await;
    let known = customers(&e).await[0].0;
    let stranger = 123_456_789u64;
    let mixed = call(&e, "QueryCreditByUinList", &json!({"UinList": [known, stranger]}).to_string()).await;
    assert_eq!(mixed["Error"]["Code"], "UnauthorizedOperation.NotCustomerUin");
    let empty = call(&e, "QueryCreditByUinList", &json!({"UinList": []}).to_string()).await;
    assert_eq!(empty["Error"]["Code"], "InvalidParameterValue.UinList");
    let verified = call(&e, "QueryAccountVerificationStatus", &json!({"ClientUin": known}).to_string()).await;
    assert_eq!(verified["AccountStatus"], true);
    let unknown = call(&e, "QueryAccountVerificationStatus", &json!({"ClientUin": stranger}).to_string()).await;
    assert_eq!(unknown["Error"]["Code"], "UnauthorizedOperation.NotCustomerUin");
}

#[tokio::test]
async fn an_approved_client_is_a_customer_with_no_credit() {
    let e = emulator().await;
    let pending = call(&e, "QueryPendingClientsV2", r#"{"Page":1,"PageSize":20}"#).await;
    let uin = pending["Data"][0]["ClientUin"].as_u64().unwrap();
    let before = call(&e, "QueryAccountVerificationStatus", &json!({"ClientUin": uin}).to_string()).await;
    assert_eq!(before["Error"]["Code"], "UnauthorizedOperation.NotCustomerUin");
    let approved = call(&e, "ApproveClientApply", &json!({"ClientUin": uin, "ApproveType": "pass"}).to_string()).await;
    assert!(approved["Error"].is_null(), "{approved}");
    let credit = call(&e, "QueryCreditByUinList", &json!({"UinList": [uin]}).to_string()).await;
    assert_eq!(credit["Data"], json!([{"Uin": uin, "TotalCredit": 0, "RemainingCredit": 0}]));
    let direct = call(&e, "QueryDirectCustomersCredit", "{}").await;
    assert!(direct["Data"].as_array().unwrap().iter().any(|c| c["Uin"] == uin));
}

#[tokio::test]
async fn a_sub_agents_customers_page_through_once_each() {
    let e = emulator().await;
    let agents = call(&e, "QuerySubAgentsDetailV2", r#"{"Page":1,"PageSize":100}"#).await;
    let agent = &agents["Data"][0];
    let uin = agent["SubAgentUin"].as_u64().unwrap();
    let count = agent["CountOfCustomers"].as_u64().unwrap();
    assert!(count > 0, "seed 1 gives the sub-agent customers");
    let mut seen = HashSet::new();
    for page in 1..=count + 1 {
        let body = json!({"SubAgentUin": uin, "Page": page, "PageSize": 1}).to_string();
        let answer = call(&e, "QueryT1IndirectCustomersDetail", &body).await;
        assert_eq!(answer["Total"], count, "{answer}");
        assert_eq!(answer["SubAgentName"], agent["Name"]);
        for c in answer["Data"].as_array().unwrap() {
            assert!(seen.insert(c["ClientUin"].as_u64().unwrap()), "{c} listed twice");
        }
    }
    assert_eq!(seen.len() as u64, count);
    let customer = customers(&e).await[0].0;
    let body = json!({"SubAgentUin": customer, "Page": 1, "PageSize": 20}).to_string();
    let refused = call(&e, "QueryT1IndirectCustomersDetail", &body).await;
    assert_eq!(refused["Error"]["Code"], "FailedOperation.InvalidSubAgentUin");
}
