//! A derived request that breaks its rules is refused before signing: not one connection
//! reaches the server.

use crate::support::loopback::Loopback;

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

/// Where a member is required on the mainland site only, as in a spec of both sites.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cvm", version = "2017-03-12", response = SendVerifyCodeResponse)]
struct RunInstances {
    #[tc3(required_on = "mainland")]
    project_id: Option<i64>,
    #[tc3(nested)]
    placement: Option<Placement>,
}

#[derive(tc3::Object, Clone, PartialEq)]
struct Placement {
    zone: String,
    #[tc3(required_on = "mainland")]
    host_id: Option<String>,
}

fn client(server: &Loopback, site: tc3::Site) -> tc3::Client {
    tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDloopback", "secret"))
        .site(site)
        .endpoint(server.url())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_member_the_clients_site_requires_is_refused_before_signing_when_absent() {
    let server = Loopback::start(|_, _| serde_json::json!({"RequestId": "sent"})).await;
    let request = RunInstances { project_id: None, placement: Some(Placement { zone: "ap-1".into(), host_id: None }) };
    let e = client(&server, tc3::Site::Mainland).call(request.clone()).await.unwrap_err();
    assert_eq!(e.kind(), tc3::ErrorKind::Validation);
    let broken: Vec<String> = e.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        broken,
        [
            "ProjectId breaks `required_on`: required on the mainland site",
            "Placement.HostId breaks `required_on`: required on the mainland site",
        ]
    );
    assert_eq!(server.connections_so_far().await, 0, "no byte may leave the machine");

    // The international site lets it be left out: the same request is sent as it is.
    let answer = client(&server, tc3::Site::International).call(request).await.unwrap();
    assert_eq!(answer.request_id, "sent");
    assert_eq!(server.bodies(), [serde_json::json!({"Placement": {"Zone": "ap-1"}})]);

    // Set, it goes to the mainland too.
    let complete = RunInstances {
        project_id: Some(0),
        placement: Some(Placement { zone: "ap-1".into(), host_id: Some("host-1".into()) }),
    };
    client(&server, tc3::Site::Mainland).call(complete).await.unwrap();
    assert_eq!(server.bodies().len(), 2);
}
