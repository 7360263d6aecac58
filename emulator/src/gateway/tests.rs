//! The gateway on its own: requests as plain values, no socket, no HTTP server.

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method, Uri};
use serde_json::{Value, json};

use super::{ApiRequest, Site, answer};
use crate::faults::Decision;
use crate::shared::Shared;
use crate::{Builder, Clock};

fn emulator() -> (Shared, tc3::Credentials) {
    Builder::default().clock(Clock::manual_now()).test_shared()
}

/// A TC3-signed JSON POST of `action`, to `host` (the real gateway's name for a service).
pub(crate) fn signed(
    shared: &Shared,
    credentials: &tc3::Credentials,
    host: &str,
    action: &str,
    version: &str,
    body: &Value,
) -> ApiRequest {
    let service = host.split('.').next().unwrap();
    let body = serde_json::to_vec(body).unwrap();
    let now = shared.clock.now();
    let authorization = tc3::sign::authorization(credentials, service, host, now, "application/json", &body);
    let mut headers = HeaderMap::new();
    for (name, value) in [
        ("host", host.to_owned()),
        ("content-type", "application/json".into()),
        ("authorization", authorization),
        ("x-tc-action", action.into()),
        ("x-tc-version", version.into()),
        ("x-tc-timestamp", now.to_string()),
    ] {
        headers.insert(name, HeaderValue::from_str(&value).unwrap());
    }
    ApiRequest { method: Method::POST, uri: Uri::from_static("/"), headers, body: Some(Bytes::from(body)) }
}

async fn response(shared: &Shared, request: ApiRequest, decision: Decision) -> Value {
    let answered = answer(shared, request, decision).await;
    serde_json::from_slice::<Value>(&answered.body).unwrap()["Response"].take()
}

fn code(response: &Value) -> &str {
    response["Error"]["Code"].as_str().unwrap_or("OK")
}

const CVM: &str = "cvm.intl.tencentcloudapi.com";
pub(crate) const PARTNER: &str = "intlpartnersmgt.intl.tencentcloudapi.com";

#[tokio::test]
async fn a_call_is_answered_and_logged_without_a_socket() {
    let (shared, credentials) = emulator();
    let request = signed(&shared, &credentials, CVM, "DescribeRegions", "2017-03-12", &json!({}));
    let regions = response(&shared, request, Decision::default()).await;
    assert!(regions["RegionSet"].is_array(), "{regions}");
    assert_eq!(regions["RequestId"].as_str().map(str::len), Some(36));
    let request = signed(&shared, &credentials, PARTNER, "GetCountryCodes", "2022-09-28", &json!({}));
    let countries = response(&shared, request, Decision::default()).await;
    assert!(countries["Data"].as_array().is_some_and(|c| !c.is_empty()), "{countries}");
    let log = shared.log.matching(|_| true);
    let seen: Vec<(&str, &str, &str)> =
        log.iter().map(|e| (e.service.as_str(), e.action.as_str(), e.outcome.as_str())).collect();
    assert_eq!(seen, [("cvm", "DescribeRegions", "OK"), ("intlpartnersmgt", "GetCountryCodes", "OK")]);
}

#[tokio::test]
async fn refusals_come_in_the_real_services_order() {
    let (shared, credentials) = emulator();
    let stranger = tc3::Credentials::new("AKIDstranger", "wrong");
    let no_action = signed(&shared, &stranger, CVM, "DescribeNothing", "2017-03-12", &json!({}));
    assert_eq!(code(&response(&shared, no_action, Decision::default()).await), "InvalidAction", "before the signature");
    let no_version = signed(&shared, &credentials, CVM, "DescribeRegions", "2001-01-01", &json!({}));
    assert_eq!(code(&response(&shared, no_version, Decision::default()).await), "NoSuchVersion");
    let not_ours = signed(&shared, &stranger, CVM, "DescribeRegions", "2017-03-12", &json!({}));
    assert_eq!(code(&response(&shared, not_ours, Decision::default()).await), "AuthFailure.SecretIdNotFound");
    let unknown = signed(&shared, &credentials, CVM, "DescribeRegions", "2017-03-12", &json!({"Bogus": 1}));
    assert_eq!(code(&response(&shared, unknown, Decision::default()).await), "UnknownParameter");
}

#[tokio::test]
async fn throttling_and_a_shifted_clock_come_with_the_faults_decision() {
    let (shared, credentials) = emulator();
    let call = || signed(&shared, &credentials, CVM, "DescribeRegions", "2017-03-12", &json!({}));
    let throttled = Decision { throttle: true, ..Decision::default() };
    assert_eq!(code(&response(&shared, call(), throttled).await), "RequestLimitExceeded");
    let late = Decision { clock_offset_secs: 400, ..Decision::default() };
    assert_eq!(code(&response(&shared, call(), late).await), "AuthFailure.SignatureExpire");
    assert_eq!(code(&response(&shared, call(), Decision::default()).await), "OK");
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_in_the_envelope() {
    let (shared, credentials) = emulator();
    let request =
        ApiRequest { body: None, ..signed(&shared, &credentials, CVM, "DescribeRegions", "2017-03-12", &json!({})) };
    assert_eq!(code(&response(&shared, request, Decision::default()).await), "RequestSizeLimitExceeded");
}

/// Each site's host gets that site's actions and members: the real gateways are apart. On
/// loopback (no site named) every site's actions are answered.
#[tokio::test]
async fn each_sites_host_answers_that_sites_actions_and_members() {
    let (shared, credentials) = emulator();
    let outcome = |host: &str, version: &str, action: &str, body: Value| {
        let request = signed(&shared, &credentials, host, action, version, &body);
        let shared = &shared;
        async move { code(&response(shared, request, Decision::default()).await).to_owned() }
    };
    let cvm = "2017-03-12";
    // DescribeReservedInstances is international only; DescribeAccountQuota mainland only.
    assert_eq!(outcome(CVM, cvm, "DescribeReservedInstances", json!({})).await, "OK");
    assert_eq!(outcome("cvm.tencentcloudapi.com", cvm, "DescribeReservedInstances", json!({})).await, "InvalidAction");
    assert_eq!(outcome(CVM, cvm, "DescribeAccountQuota", json!({})).await, "InvalidAction");
    let regional = "cvm.ap-guangzhou.tencentcloudapi.com";
    assert_eq!(outcome(regional, cvm, "DescribeAccountQuota", json!({})).await, "OK");
    // A service of the mainland only is not on the international site.
    let tsf = "2018-03-26";
    assert_eq!(outcome("tsf.tencentcloudapi.com", tsf, "DescribeClusters", json!({})).await, "OK");
    assert_eq!(outcome("tsf.intl.tencentcloudapi.com", tsf, "DescribeClusters", json!({})).await, "InvalidAction");
    // vpc CreateVpc: CidrBlock is required on the international site only; StackType exists
    // on the mainland only.
    let vpc = "2017-03-12";
    let (intl, mainland) = ("vpc.intl.tencentcloudapi.com", "vpc.tencentcloudapi.com");
    let named = json!({"VpcName": "v"});
    assert_eq!(outcome(intl, vpc, "CreateVpc", named.clone()).await, "MissingParameter");
    assert_eq!(outcome(mainland, vpc, "CreateVpc", named).await, "OK");
    let stacked = json!({"VpcName": "v", "CidrBlock": "10.0.0.0/16", "StackType": "ipv4"});
    assert_eq!(outcome(intl, vpc, "CreateVpc", stacked.clone()).await, "UnknownParameter");
    assert_eq!(outcome(mainland, vpc, "CreateVpc", stacked).await, "OK");
}

#[test]
fn hosts_are_read_in_any_case_with_or_without_a_final_dot() {
    use super::{api_host, site_of};
    assert_eq!(api_host("cvm.intl.tencentcloudapi.com:443"), Some(("cvm", "intl.tencentcloudapi.com")));
    assert_eq!(api_host("cvm.TencentCloudAPI.com."), Some(("cvm", "TencentCloudAPI.com")));
    assert_eq!(api_host("127.0.0.1:8080"), None);
    assert_eq!(site_of("CVM.INTL.tencentcloudapi.com."), Some(Site::International));
    assert_eq!(site_of("cvm.ap-guangzhou.tencentcloudapi.com"), Some(Site::Mainland));
    assert_eq!(site_of("localhost:9000"), None);
}
