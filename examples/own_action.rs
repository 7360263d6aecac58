//! Defining your own action: one struct for the request, one for the fields of the answer
//! you need, and the call is signed, checked and decoded like the built-in ones.
//!
//! `cargo run --example own_action` runs on the embedded tc3 emulator.

/// QueryPartnerCredit, written by hand instead of taken from `tc3::intlpartnersmgt`.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", action = "QueryPartnerCredit", response = PartnerCredit, rate_limit = 5, idempotent)]
pub struct PartnerCreditQuery {}

/// Only the fields this program reads; the others in the answer are ignored.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct PartnerCredit {
    /// Credit left in the pool.
    pub remaining_credit: tc3::Decimal,
    /// Credit given to customers.
    pub allocated_credit: tc3::Decimal,
    /// The service's id of this call.
    pub request_id: String,
}

/// A request with rules: they are checked before anything is signed or sent.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = Sent, rate_limit = 20)]
pub struct SendVerifyCode {
    /// Calling code without `+`.
    #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
    pub country_code: String,
    /// The number without the calling code.
    #[tc3(digits, length(min = 1, max = 32))]
    pub phone_num: String,
}

/// What SendVerifyCode answers.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Sent {
    /// The service's id of this call.
    pub request_id: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = tc3_emulator::Emulator::start().await?;
    let client = emulator.client()?;

    let credit = client.call(PartnerCreditQuery {}).await?;
    println!(
        "pool: {} remaining, {} allocated (request id {})",
        credit.remaining_credit.as_str(),
        credit.allocated_credit.as_str(),
        credit.request_id
    );

    let refused = client.call(SendVerifyCode { country_code: "86".into(), phone_num: "1380000000x".into() }).await;
    match refused {
        Err(e) => println!("refused before sending ({:?}): {e}", e.kind()),
        Ok(_) => println!("sent?"),
    }
    Ok(())
}
