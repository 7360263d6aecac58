//! The first thing to run: a signed call of the partner API, end to end, with no cloud account.
//!
//! `cargo run --example quickstart` starts a demo server on 127.0.0.1 that verifies TC3
//! signatures, points a client at it and calls two actions. Set `TENCENTCLOUD_ENDPOINT`
//! (and credentials) to run the same calls against another endpoint instead.

mod demo_server;

use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = match std::env::var("TENCENTCLOUD_ENDPOINT") {
        Ok(_) => tc3::Client::from_env()?,
        Err(_) => {
            let server = demo_server::start().await?;
            println!("demo server on {} (accepts secret id {})", server.url, demo_server::SECRET_ID);
            tc3::Client::builder()
                .credentials(tc3::Credentials::new(demo_server::SECRET_ID, demo_server::SECRET_KEY))
                .endpoint(&server.url)
                .build()?
        }
    };

    let countries = client.call_json("intlpartnersmgt", "2022-09-28", "GetCountryCodes", json!({})).await?;
    let listed = countries["Data"].as_array().map_or(0, Vec::len);
    println!("GetCountryCodes: {listed} countries (request id {})", countries["RequestId"]);

    let params = json!({"CountryCode": "852", "PhoneNum": "18888888888"});
    let sent = client.call_json("intlpartnersmgt", "2022-09-28", "SendVerifyCode", params).await?;
    println!("SendVerifyCode: code sent (request id {})", sent["RequestId"]);

    // A refused call comes back as one error with the service's code and the request id.
    let refused = json!({"CountryCode": "86", "PhoneNum": "18888888888"});
    match client.call_json("intlpartnersmgt", "2022-09-28", "SendVerifyCode", refused).await {
        Err(e) => println!("SendVerifyCode to +86: refused with {:?} (request id {:?})", e.code(), e.request_id()),
        Ok(_) => println!("SendVerifyCode to +86: accepted"),
    }
    Ok(())
}
