//! What `{:?}` shows of an emulator and of its options: how it was set up, never a secret
//! key, nor a password, verification code or other parameter of the calls it answered.

use crate::support::call;
use serde_json::json;
use tc3_emulator::{Clock, Emulator};

const SECRET_KEY: &str = "emulator-secret-key-never-shown";
const PASSWORD: &str = "NeverSh0wn!Pwd";

#[tokio::test]
async fn debug_shows_neither_keys_nor_what_calls_sent() {
    let builder = Emulator::builder().key_pair("AKIDdebugShown", SECRET_KEY).clock(Clock::manual_now());
    let shown = format!("{builder:?}");
    assert!(shown.contains("AKIDdebugShown") && !shown.contains(SECRET_KEY), "{shown}");
    let e = builder.start().await.unwrap();
    let phone = json!({"CountryCode": "852", "PhoneNum": "51234567"});
    assert!(call(&e, "SendVerifyCode", &phone.to_string()).await["Error"].is_null());
    let code = e.latest_code("852", "51234567").unwrap();
    let account = json!({
        "AccountType": "company", "Mail": "ops@kowloon.example", "Password": PASSWORD, "ConfirmPassword": PASSWORD,
        "PhoneNum": "51234567", "CountryCode": "852", "Area": "HK", "VerifyCode": code,
        "TradeOne": "kghy_01", "TradeTwo": "kghy_0101", "CustomerName": "Kowloon Bakery"
    });
    let created = call(&e, "CreateAccount", &account.to_string()).await;
    assert!(created["Error"].is_null(), "{created}");
    let shown = format!("{e:?}");
    assert!(shown.contains(&e.url()), "it says where it serves: {shown}");
    for secret in [SECRET_KEY, PASSWORD, code.as_str()] {
        assert!(!shown.contains(secret), "{secret} is shown: {shown}");
    }
}
