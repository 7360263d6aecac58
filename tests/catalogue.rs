//! Generated services as a user meets them through `tc3`: names and versions, retries by
//! verb, idempotency tokens, secrets, error codes, and calls whose answers disagree with the
//! spec in the ways real answers do.

use serde_json::{Value, json};
use tc3::Action;
use tc3::cvm::v20170312;

mod support;
use support::loopback::Loopback;

#[test]
fn actions_are_named_as_the_api_with_the_newest_version_at_the_root() {
    assert_eq!(tc3::cvm::DescribeInstances::SERVICE, "cvm");
    assert_eq!(tc3::cvm::DescribeInstances::VERSION, "2017-03-12");
    assert_eq!(v20170312::DescribeInstances::ACTION, "DescribeInstances");
    assert_eq!(tc3::vpc::CreateVpc::SERVICE, "vpc");
    // Auto Scaling signs as `as`, a keyword: its module is a raw identifier.
    assert_eq!(tc3::r#as::DescribeAutoScalingGroups::SERVICE, "as");
    // CVM's actions are both sites' union: 85 on the international site, 106 on the mainland.
    assert_eq!(tc3::cvm::ACTIONS.len(), 111);
    let on = |site| tc3::cvm::ACTIONS.iter().filter(|info| info.sites.contains(&site)).count();
    assert_eq!((on(tc3::Site::International), on(tc3::Site::Mainland)), (85, 106));
    // Required members are plain fields and go first on the wire; unset options stay out.
    let request = tc3::request!(tc3::cvm::ModifyInstancesAttribute {
        instance_ids: vec!["ins-1".into()],
        instance_name: "web".to_owned(),
    });
    let wire = serde_json::to_value(&request).unwrap();
    assert_eq!(wire, json!({"InstanceIds": ["ins-1"], "InstanceName": "web"}));
    // A member named as a Rust keyword is a raw identifier, with its wire name unchanged.
    let group = tc3::request!(tc3::cvm::CreateDisasterRecoverGroup { name: "g", r#type: "HOST" });
    assert_eq!(serde_json::to_value(&group).unwrap(), json!({"Name": "g", "Type": "HOST"}));
    let disk: tc3::cvm::DataDisk = serde_json::from_value(json!({"DiskType": "CLOUD_SSD", "DiskSize": 50})).unwrap();
    assert_eq!((disk.disk_type.as_deref(), disk.disk_size), (Some("CLOUD_SSD"), Some(50)));
}

#[test]
fn only_reading_verbs_are_retried_on_any_failure() {
    for info in tc3::cvm::ACTIONS.iter().chain(tc3::vpc::ACTIONS).chain(tc3::cam::ACTIONS) {
        let reads = ["Describe", "Inquiry", "Inquire", "Get", "List", "Query"]
            .iter()
            .any(|verb| info.action.strip_prefix(verb).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
        assert_eq!(info.idempotent, reads, "{} {}", info.service, info.action);
    }
    // Checked as the test compiles.
    const {
        assert!(tc3::cvm::DescribeInstances::IDEMPOTENT);
        assert!(tc3::cvm::InquiryPriceRunInstances::IDEMPOTENT);
        assert!(!tc3::cvm::RunInstances::IDEMPOTENT);
        assert!(!tc3::cvm::TerminateInstances::IDEMPOTENT);
    }
}

#[test]
fn a_client_token_member_is_the_idempotency_token() {
    let mut run = tc3::request!(tc3::cvm::RunInstances {});
    assert_eq!(run.client_token().map(|token| token.as_str()), Some(""));
    let mut mine = tc3::request!(tc3::cvm::RunInstances { client_token: "mine".to_owned() });
    assert_eq!(mine.client_token().map(|token| token.as_str()), Some("mine"));
    assert!(tc3::request!(tc3::cvm::TerminateInstances { instance_ids: vec![] }).client_token().is_none());
}

/// es's `ChatCompletions` (mainland) and `ParseDocument` (both sites) go where the official
/// SDKs send them, `es.ai.tencentcloudapi.com`; the service's other actions to the usual host.
#[test]
fn actions_the_official_sdks_send_elsewhere_know_their_host() {
    assert_eq!(tc3::es::ChatCompletions::HOST, Some("es.ai.tencentcloudapi.com"));
    assert_eq!(tc3::es::ChatCompletions::SITES, [tc3::Site::Mainland]);
    assert_eq!(tc3::es::ChunkDocument::HOST, None);
    let info = tc3::ActionInfo::find(tc3::es::ACTIONS, "ParseDocument").unwrap();
    assert_eq!((info.host, info.sites.len()), (Some("es.ai.tencentcloudapi.com"), 2));
}

#[test]
fn secrets_are_redacted_in_debug() {
    let settings = tc3::request!(tc3::cvm::LoginSettings { password: "Hunter2!Hunter2" });
    let shown = format!("{settings:?}");
    assert!(!shown.contains("Hunter2"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
    // A name the secret-member rule once missed; the key's id is no secret.
    let key: tc3::cam::AccessKeyDetail = serde_json::from_value(json!({
        "AccessKeyId": "AKIDexample", "SecretAccessKey": "s3cr3t-Access-Key", "Status": "Active"
    }))
    .unwrap();
    let shown = format!("{key:?}");
    assert!(!shown.contains("s3cr3t-Access-Key"), "{shown}");
    assert!(shown.contains("secret_access_key: <redacted>") && shown.contains("AKIDexample"), "{shown}");
}

#[test]
fn error_codes_are_typed_with_an_unknown_fallback() {
    use tc3::cvm::ErrorCode;
    assert_eq!(ErrorCode::from("InvalidInstanceId.NotFound"), ErrorCode::InvalidInstanceIdNotFound);
    assert_eq!(ErrorCode::from("RequestLimitExceeded"), ErrorCode::RequestLimitExceeded);
    // Two codes that differ only in their dots keep apart.
    assert_eq!(ErrorCode::from("InvalidParameter.ValueTooLarge"), ErrorCode::InvalidParameterDotValueTooLarge);
    assert_eq!(ErrorCode::InvalidParameterDotValueTooLarge.as_str(), "InvalidParameter.ValueTooLarge");
    let unknown: ErrorCode = "Brand.New".parse().unwrap();
    assert_eq!(unknown, ErrorCode::Unknown("Brand.New".into()));
    assert_eq!(unknown.to_string(), "Brand.New");
}

/// An answer as real services send them: numbers as strings, `null`, a member the spec does
/// not know, one left out, and an id beyond what an `f64` holds exactly.
fn describe_instances_answer() -> Value {
    json!({
        "TotalCount": "2",
        "InstanceSet": [
            {"InstanceId": "ins-1", "CPU": "4", "Memory": 8, "RestrictState": null, "NewMember": {"x": 1}},
            {"InstanceId": "ins-2", "CPU": 2, "Memory": "16", "DisableApiTermination": "true"}
        ],
        "RequestId": "req-1"
    })
}

#[tokio::test]
async fn answers_that_disagree_with_the_spec_still_decode() {
    let server = Loopback::start(|action, _| match action {
        "DescribeInstances" => describe_instances_answer(),
        // (This server holds answers as `Value`s, so a long amount goes as a string here; the
        // partner API's tests read amounts from raw JSON numbers.)
        "DescribeAccountBalance" => {
            json!({"Balance": 1, "Uin": 9_007_199_254_740_993_u64, "RealBalance": "1234.567890123456789", "RequestId": "r"})
        }
        _ => json!({"Error": {"Code": "InvalidAction", "Message": action}, "RequestId": "req-3"}),
    })
    .await;
    let client = server.client();
    let answer = client.call(tc3::request!(tc3::cvm::DescribeInstances { limit: 2 })).await.unwrap();
    assert_eq!(answer.total_count, Some(2));
    assert_eq!(answer.request_id, "req-1");
    let instances = answer.instance_set.unwrap();
    assert_eq!(instances[0].cpu, Some(4));
    assert_eq!(instances[1].memory, Some(16));
    assert_eq!(instances[1].disable_api_termination, Some(true));
    assert_eq!(instances[0].restrict_state, None);
    assert_eq!(server.bodies(), vec![json!({"Limit": 2})]);
    // A 64-bit id is exact (an f64 would make it ...992).
    let balance = client.call(tc3::request!(tc3::billing::DescribeAccountBalance {})).await.unwrap();
    assert_eq!(balance.uin, Some(9_007_199_254_740_993));
    // Money in the billing service is exact, as the service wrote it.
    assert_eq!(balance.real_balance.as_ref().map(tc3::Decimal::as_str), Some("1234.567890123456789"));
}

#[tokio::test]
async fn offset_and_limit_actions_page_from_their_own_offset() {
    use tc3::paging::Paged as _;
    // 45 instances, answered by the request's Offset and Limit, with the total.
    let server = Loopback::start(|_, body| {
        let offset = body["Offset"].as_u64().unwrap_or(0);
        let limit = body["Limit"].as_u64().unwrap_or(20);
        let set: Vec<Value> =
            (offset..(offset + limit).min(45)).map(|i| json!({"InstanceId": format!("ins-{i}")})).collect();
        json!({"TotalCount": 45, "InstanceSet": set, "RequestId": "r"})
    })
    .await;
    assert!(tc3::cvm::PAGED_ACTIONS.contains(&("DescribeInstances", tc3::paging::PageShape::Offset)));
    let request = tc3::request!(tc3::cvm::DescribeInstances { offset: 5 });
    let instances = request.pages(&server.client()).collect().await.unwrap();
    let ids: Vec<String> = instances.into_iter().filter_map(|i| i.instance_id).collect();
    assert_eq!(ids.len(), 40);
    assert_eq!((ids[0].as_str(), ids[39].as_str()), ("ins-5", "ins-44"));
    // Limit left unset is sent as 20; the walk ends at the total, with no empty page asked for.
    let asked: Vec<(u64, u64)> =
        server.bodies().iter().map(|b| (b["Offset"].as_u64().unwrap(), b["Limit"].as_u64().unwrap())).collect();
    assert_eq!(asked, vec![(5, 20), (25, 20)]);
}

/// A share of answers is lost after the instance was created: the client tries again with the
/// same `ClientToken`, and the emulator performs a repeated token once, as CVM documents.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fault_storm_creates_nothing_twice_when_calls_carry_a_client_token() {
    const CALLS: usize = 200;
    let faults = tc3_emulator::Faults {
        lose_rate: 0.2,
        drop_rate: 0.05,
        error_rate: 0.05,
        error_status: 502,
        ..tc3_emulator::Faults::default()
    };
    let emulator = tc3_emulator::Emulator::builder().without_rate_limits().faults(faults).start().await.unwrap();
    // An attempt fails about one time in 3.6: 16 attempts leave a call failing about once in
    // 10^9; the retry budget (a retry costs 5, a success earns 1) keeps over 300 of its 500.
    let client = tc3::Client::builder()
        .credentials(emulator.credentials())
        .endpoint(emulator.url())
        .pacing(false)
        .max_attempts(16)
        .backoff(std::time::Duration::from_millis(1), std::time::Duration::from_millis(20))
        .build()
        .unwrap();
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..CALLS {
        let client = client.clone();
        calls.spawn(async move { client.call(tc3::request!(tc3::cvm::RunInstances {})).await });
    }
    let mut failures = Vec::new();
    while let Some(result) = calls.join_next().await {
        if let Err(e) = result.unwrap() {
            failures.push(format!("{:?}: {e}", e.kind()));
        }
    }
    assert!(failures.is_empty(), "{} calls failed (none may end in OutcomeUnknown): {failures:?}", failures.len());
    assert_eq!(emulator.performed("cvm", "RunInstances"), CALLS as u64, "one instance set per logical call");
}
