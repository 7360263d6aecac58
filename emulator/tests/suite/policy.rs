//! A commission policy's products: the same list for one seed, every row on exactly one
//! page, filters that keep only what they name, and nothing for a code that is no policy.

use std::collections::HashSet;

use crate::support::call;
use serde_json::{Value, json};
use tc3_emulator::{Clock, Emulator};

async fn products(e: &Emulator, body: Value) -> Value {
    call(e, "QueryPolicyProductListByCode", &body.to_string()).await
}

#[tokio::test]
async fn a_policy_pages_through_every_product_once() {
    let e = Emulator::builder().clock(Clock::manual(1_717_000_000)).without_rate_limits().start().await.unwrap();
    let whole = products(&e, json!({"PolicyCode": "StandardPolicy2024"})).await;
    let all = whole["ProductList"].as_array().unwrap();
    assert_eq!(whole["Total"], all.len());
    assert!(all.len() > 3, "{whole}");
    let key = |r: &Value| format!("{}/{}", r["SubProductCode"], r["ComponentCode"]);
    let mut seen = HashSet::new();
    for page in 1..=all.len() / 3 + 2 {
        let answer = products(&e, json!({"PolicyCode": "StandardPolicy2024", "Page": page, "PageSize": 3})).await;
        assert_eq!(answer["Total"], all.len());
        for row in answer["ProductList"].as_array().unwrap() {
            assert!(seen.insert(key(row)), "{row} on two pages");
        }
    }
    assert_eq!(seen, all.iter().map(key).collect::<HashSet<_>>());

    let again = Emulator::builder().clock(Clock::manual(1_717_000_000)).start().await.unwrap();
    assert_eq!(products(&again, json!({"PolicyCode": "StandardPolicy2024"})).await["ProductList"], json!(all));

    let cvm = products(&e, json!({"PolicyCode": "StandardPolicy2024", "ProductCode": "p_cvm"})).await;
    let cvm = cvm["ProductList"].as_array().unwrap();
    assert_eq!(cvm.len(), all.iter().filter(|r| r["ProductCode"] == "p_cvm").count());
    assert!(cvm.iter().all(|r| r["ProductCode"] == "p_cvm" && r["StartDate"] == "2024-01-01 00:00:00"));

    for code in ["StandardPolicy2031", "NoSuchPolicy"] {
        let none = products(&e, json!({"PolicyCode": code})).await;
        assert_eq!((none["Total"].clone(), none["ProductList"].clone()), (json!(0), json!([])), "{code}");
    }
    let wide = products(&e, json!({"PolicyCode": "StandardPolicy2024", "PageSize": 201})).await;
    assert_eq!(wide["Error"]["Code"], "InvalidParameterValue");
}
