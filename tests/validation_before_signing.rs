//! A derived request that breaks its rules is refused before signing: not one connection
//! reaches the server.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    tokio::spawn(async move {
        while listener.accept().await.is_ok() {
            seen.fetch_add(1, Ordering::SeqCst);
        }
    });
    let client =
        tc3::Client::builder().credentials(tc3::Credentials::new("AKIDtest", "secret")).endpoint(url).build().unwrap();
    let country_code = std::env::args().count().to_string().repeat(7); // not a literal: known at run time
    let phone_num = format!("{}ab", 12);
    let e = client.call(SendVerifyCode { country_code, phone_num }).await.unwrap_err();
    assert_eq!(e.kind(), tc3::ErrorKind::Validation);
    let broken: Vec<(&str, &str)> = e.violations().iter().map(|v| (v.field(), v.rule())).collect();
    assert_eq!(broken, [("CountryCode", "length"), ("PhoneNum", "digits")]);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(connections.load(Ordering::SeqCst), 0, "no byte may leave the machine");
}
