//! A derived request that breaks its rules is refused before signing: not one connection
//! reaches the server.

#[path = "intlpartnersmgt/loopback.rs"]
mod loopback;

use loopback::Loopback;

#[derive(tc3::Object, Clone, PartialEq)]
struct SendVerifyCodeResponse {
    request_id: String,
}

#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", rate_limit = 20)]
struct SendVerifyCode {
    #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
    country_code: String,
    #[tc3(digits, length(min = 1, max = 32))]
    phone_num: String,
}

#[tokio::test]
async fn invalid_values_known_only_at_run_time_send_nothing() {
    let server = Loopback::start(|_, _| serde_json::json!({"RequestId": "never"})).await;
    let country_code = std::env::args().count().to_string().repeat(7); // not a literal: known at run time
    let phone_num = format!("{}ab", 12);
    let e = server.client().call(SendVerifyCode { country_code, phone_num }).await.unwrap_err();
    assert_eq!(e.kind(), tc3::ErrorKind::Validation);
    let broken: Vec<(&str, &str)> = e.violations().iter().map(|v| (v.field(), v.rule())).collect();
    assert_eq!(broken, [("CountryCode", "length"), ("PhoneNum", "digits")]);
    assert_eq!(server.connections_so_far().await, 0, "no byte may leave the machine");
}
