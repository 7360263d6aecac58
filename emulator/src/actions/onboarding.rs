//! Customer creation: SendVerifyCode and CreateAccount, with the limits of the real
//! service — refused areas, one SMS per phone per 60 s, a daily cap, five accounts per
//! phone, and a code that is valid once, for five minutes, for the phone it was sent to.

use serde_json::{Map, Value};

use tc3::intlpartnersmgt::v20220928::{CreateAccount, SendVerifyCode};

use super::{Answer, Ctx, reference};
use crate::envelope::ApiError;
use crate::inbox::InboxMessage;
use crate::state::Customer;

/// Seconds between two codes to one phone.
pub const SMS_INTERVAL_SECS: u64 = 60;
/// Codes one phone may receive per UTC day. The public documentation names the limit but
/// not its value; 10 is the emulator's choice.
pub const SMS_DAILY_CAP: u32 = 10;
/// Accounts one phone number may hold.
pub const ACCOUNTS_PER_PHONE: u32 = 5;
/// How long a code stays valid.
pub const CODE_VALIDITY_SECS: u64 = 300;

fn is_digits(s: &str, max: usize) -> bool {
    !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
}

pub(crate) fn send_verify_code(request: SendVerifyCode, cx: &mut Ctx<'_>) -> Answer {
    let (country, phone_num) = (request.country_code.as_str(), request.phone_num.as_str());
    if !is_digits(country, 5) {
        return Err(ApiError::new("InvalidParameterValue", "CountryCode must be 1 to 5 digits."));
    }
    if reference::UNSUPPORTED_COUNTRY_CODES.contains(&country) || reference::area_of(country).is_none() {
        return Err(ApiError::new(
            "InvalidParameterValue.UnSupportArea",
            format!("Country code {country} is not supported."),
        ));
    }
    if !is_digits(phone_num, 32) {
        return Err(ApiError::new(
            "InvalidParameterValue",
            "PhoneNum must be 1 to 32 digits, without the country code.",
        ));
    }
    let now = cx.now;
    let code = format!("{:06}", cx.state.rng.below(1_000_000));
    let phone = cx.state.phones.entry(format!("{country}-{phone_num}")).or_default();
    if phone.accounts >= ACCOUNTS_PER_PHONE {
        return Err(ApiError::new("FailedOperation.PhoneBindUpper", "This phone number already holds 5 accounts."));
    }
    if let Some(last) = phone.last_sent.filter(|last| now < last + SMS_INTERVAL_SECS) {
        let wait = last + SMS_INTERVAL_SECS - now;
        return Err(ApiError::new(
            "FailedOperation.SendVerifyCodeLimit60",
            format!("A code was sent to this phone less than 60 seconds ago; try again in {wait} seconds."),
        ));
    }
    let today = now / 86_400;
    if phone.sent_today.0 == today && phone.sent_today.1 >= SMS_DAILY_CAP {
        return Err(ApiError::new(
            "FailedOperation.SendVerifyCodeLimit",
            "This phone has received the most codes allowed today.",
        ));
    }
    phone.sent_today = if phone.sent_today.0 == today { (today, phone.sent_today.1 + 1) } else { (today, 1) };
    phone.last_sent = Some(now);
    phone.code = Some((code.clone(), now));
    cx.state.inbox.push(InboxMessage {
        kind: "sms".into(),
        to: InboxMessage::phone_address(country, phone_num),
        text: format!("[Tencent Cloud] Your verification code is {code}. It is valid for 5 minutes."),
        code,
        sent_at: now,
    });
    Ok(Map::new())
}

fn is_mail(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
}

fn is_password(s: &str) -> bool {
    const SYMBOLS: &str = "!@#$%^&*()";
    (8..=20).contains(&s.chars().count())
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars().any(|c| SYMBOLS.contains(c))
        && !s.contains(' ')
}

pub(crate) fn create_account(request: CreateAccount, cx: &mut Ctx<'_>) -> Answer {
    let field = |name: &str| -> &str {
        match name {
            "AccountType" => &request.account_type,
            "Mail" => &request.mail,
            "Password" => &request.password,
            "ConfirmPassword" => &request.confirm_password,
            "PhoneNum" => &request.phone_num,
            "CountryCode" => &request.country_code,
            "Area" => &request.area,
            "VerifyCode" => &request.verify_code,
            "TradeOne" => &request.trade_one,
            "TradeTwo" => &request.trade_two,
            "CustomerName" => request.customer_name.as_deref().unwrap_or_default(),
            _ => "",
        }
    };
    for (name, code) in [
        ("AccountType", "InvalidParameterValue.AccountTypeEmpty"),
        ("Mail", "InvalidParameterValue.MailEmpty"),
        ("Password", "InvalidParameterValue.PasswordEmpty"),
        ("PhoneNum", "InvalidParameterValue.PhoneNumEmpty"),
        ("CountryCode", "InvalidParameterValue.CountryCodeEmpty"),
        ("Area", "InvalidParameterValue.AreaEmpty"),
        ("TradeOne", "InvalidParameterValue.TradeInfoEmpty"),
        ("TradeTwo", "InvalidParameterValue.TradeInfoEmpty"),
    ] {
        if field(name).trim().is_empty() {
            return Err(ApiError::new(code, format!("{name} must not be empty.")));
        }
    }
    let (country, phone_num, area, mail) = (field("CountryCode"), field("PhoneNum"), field("Area"), field("Mail"));
    let refuse = |code, message: &str| Err(ApiError::new(code, message.to_owned()));
    if !["personal", "company"].contains(&field("AccountType")) {
        return refuse("InvalidParameter.AccountTypeContentIncorrect", "AccountType must be personal or company.");
    }
    if !is_mail(mail) {
        return refuse("InvalidParameter.MailFormatIncorrect", "Mail is not an email address.");
    }
    if !is_password(field("Password")) {
        return refuse(
            "InvalidParameter.PasswordFormatIncorrect",
            "Password must have 8 to 20 characters with a digit, a letter and one of !@#$%^&*(), and no spaces.",
        );
    }
    if field("ConfirmPassword") != field("Password") {
        return refuse("InvalidParameter.ConfirmPasswordContentIncorrect", "ConfirmPassword differs from Password.");
    }
    if !is_digits(country, 5) {
        return refuse("InvalidParameter.CountryCodeFormatIncorrect", "CountryCode must be 1 to 5 digits.");
    }
    if reference::UNSUPPORTED_COUNTRY_CODES.contains(&country) {
        return refuse("InvalidParameterValue.UnSupportArea", "This country code is not supported.");
    }
    let Some(expected_area) = reference::area_of(country) else {
        return refuse("InvalidParameter.CountryCodeContentIncorrect", "CountryCode is not a known calling code.");
    };
    if area.len() != 2 || !area.bytes().all(|b| b.is_ascii_uppercase()) {
        return refuse("InvalidParameter.AreaFormatIncorrect", "Area must be an ISO 3166 alpha-2 code.");
    }
    if area != expected_area {
        return refuse("InvalidParameter.AreaContentIncorrect", "Area does not match CountryCode.");
    }
    if !is_digits(phone_num, 32) {
        return refuse("InvalidParameter.PhoneNumFormatIncorrect", "PhoneNum must be 1 to 32 digits.");
    }
    if !reference::is_trade_pair(field("TradeOne"), field("TradeTwo")) {
        return refuse("FailedOperation.TradeInfoIncorrect", "TradeTwo is not a sub-industry of TradeOne.");
    }
    if cx.state.customers.iter().any(|c| c.mail.eq_ignore_ascii_case(mail)) {
        return refuse("FailedOperation.MailIsRegistered", "This mail address is already registered.");
    }
    let now = cx.now;
    let phone = cx.state.phones.entry(format!("{country}-{phone_num}")).or_default();
    if phone.accounts >= ACCOUNTS_PER_PHONE {
        return refuse("FailedOperation.PhoneBindUpper", "This phone number already holds 5 accounts.");
    }
    let valid =
        phone.code.as_ref().is_some_and(|(code, at)| code == field("VerifyCode") && now <= at + CODE_VALIDITY_SECS);
    if !valid {
        return refuse("FailedOperation.VerificationCodeIllegal", "The verification code is wrong or expired.");
    }
    phone.code = None;
    phone.accounts += 1;
    let uin = cx.state.new_uin();
    let name = match field("CustomerName") {
        "" => mail.split('@').next().unwrap_or_default().to_owned(),
        name => name.to_owned(),
    };
    cx.state.customers.push(Customer {
        uin,
        name,
        mail: mail.to_owned(),
        country_code: country.to_owned(),
        phone: phone_num.to_owned(),
        area: area.to_owned(),
        account_type: field("AccountType").to_owned(),
        created_at: now,
        credit_cents: 0,
        used_cents: 0,
        remark: String::new(),
        qn_type: 0,
    });
    let mut out = Map::new();
    out.insert("Uin".into(), Value::String(uin.to_string()));
    Ok(out)
}
