//! Answers drawn from the state keep the documented shape: every field is a member of the
//! action's output in the API description, with the JSON type its member type implies.

use crate::support::{Call, call};
use serde_json::{Value, json};
use tc3_codegen::spec::Spec;
use tc3_emulator::{Clock, Emulator};

fn spec() -> Spec {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/intlpartnersmgt-2022-09-28.json"));
    Spec::parse(&text.unwrap()).unwrap()
}

/// Checks `value` against the member type `kind`; returns the mismatches found.
fn check(spec: &Spec, kind: &str, value: &Value, path: &str, out: &mut Vec<String>) {
    let ok = match kind {
        "string" => value.is_string(),
        "int64" | "uint64" => value.is_i64() || value.is_u64(),
        "float" => value.is_number(),
        "bool" => value.is_boolean(),
        object => match (value, spec.objects.get(object)) {
            (Value::Object(map), Some(described)) => {
                for (key, field) in map {
                    let Some(member) = described.members().iter().find(|m| m.wire() == key) else {
                        out.push(format!("{path}.{key}: not documented"));
                        continue;
                    };
                    match (member.is_list(), field) {
                        (true, Value::Array(items)) => {
                            for (i, item) in items.iter().enumerate() {
                                check(spec, member.item(), item, &format!("{path}.{key}[{i}]"), out);
                            }
                        }
                        (true, _) => out.push(format!("{path}.{key}: not a list")),
                        _ => check(spec, member.item(), field, &format!("{path}.{key}"), out),
                    }
                }
                true
            }
            _ => false,
        },
    };
    if !ok {
        out.push(format!("{path}: {value} is not {kind}"));
    }
}

#[tokio::test]
async fn state_answers_have_their_documented_shape() {
    let spec = spec();
    let e = Emulator::builder().clock(Clock::manual(1_717_000_000)).without_rate_limits().start().await.unwrap();
    let listed = call(&e, "QueryCustomersCredit", "{}").await;
    let uin = listed["Data"][0]["ClientUin"].as_u64().unwrap();
    let agents = call(&e, "QuerySubAgentsDetailV2", r#"{"Page":1,"PageSize":10}"#).await;
    let agent = agents["Data"][0]["SubAgentUin"].as_u64().unwrap();
    let own =
        call(&e, "DescribeCustomerVoucherList", &json!({"Page": 1, "PageSize": 1, "CustomerUin": uin}).to_string())
            .await;
    let voucher = own["Data"][0]["VoucherId"].as_u64().unwrap();
    let range = json!({"StartTime": "2024-04-01 00:00:00", "EndTime": "2024-05-28 23:59:59", "PeriodType": "month"});
    let mut summary = range.clone();
    summary.as_object_mut().unwrap().extend(
        json!({"Dimension": "Business", "FeeType": "totalCost", "BillType": 1, "Page": 1, "PageSize": 10})
            .as_object()
            .unwrap()
            .clone(),
    );
    let partner_calls = [
        ("DescribeBillDownloadUrl", json!({"Month": "2024-04", "FileType": "L3"})),
        ("DescribeCustomerBillDetailByDay", json!({"CustomerUin": uin, "Date": "2024-04-02"})),
        (
            "DescribeCustomerBillDownloadUrl",
            json!({"Month": "2024-04", "FileType": "billDetail", "CustomerUinType": "Customer"}),
        ),
        ("DescribeCustomerVoucherList", json!({"Page": 1, "PageSize": 10})),
        (
            "DescribeCustomerVoucherUsageDetails",
            json!({"Page": 1, "PageSize": 10, "CustomerUin": uin, "VoucherId": voucher}),
        ),
        ("DescribeRebateDownloadUrl", json!({"Month": "2024-04", "FileType": "CommissionDetail"})),
        ("QueryAccountVerificationStatus", json!({"ClientUin": uin})),
        ("QueryCreditByUinList", json!({"UinList": [uin]})),
        ("QueryDirectCustomersCredit", json!({})),
        ("QueryPolicyProductListByCode", json!({"PolicyCode": "StandardPolicy2024", "Page": 1, "PageSize": 5})),
        ("QueryT1IndirectCustomersDetail", json!({"SubAgentUin": agent, "Page": 1, "PageSize": 10})),
        ("QueryVoucherAmountByUin", json!({"ClientUins": [uin]})),
        ("QueryVoucherListByUin", json!({"ClientUins": [uin]})),
        ("QueryVoucherPool", json!({})),
    ];
    let customer_calls = [
        ("DescribeCustomerOwnCostExplorerFilter", range),
        ("DescribeCustomerOwnCostExplorerSummary", summary),
        ("DescribeCustomerOwnVoucherList", json!({"Page": 1, "PageSize": 10})),
        ("DescribeCustomerOwnVoucherUsageDetails", json!({"Page": 1, "PageSize": 10, "VoucherId": voucher})),
        ("QueryCustomerBillingQuota", json!({})),
    ];
    let mut problems = Vec::new();
    for (i, (action, body)) in partner_calls.into_iter().chain(customer_calls).enumerate() {
        let mut request = Call::new(&e, action, &body.to_string());
        if i >= 14 {
            request.credentials = e.customer_credentials(uin).unwrap();
        }
        let answer = request.send(&e).await.1["Response"].clone();
        if !answer["Error"].is_null() {
            problems.push(format!("{action}: {answer}"));
            continue;
        }
        check(&spec, &format!("{action}Response"), &answer, action, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
