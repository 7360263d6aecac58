#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = SendVerifyCodeResponse)]
struct SendVerifyCode {
    #[tc3(digits, length(min = 1, max = 5))]
    country_code: String,
}

#[derive(tc3::Object)]
struct SendVerifyCodeResponse {
    request_id: String,
}

fn main() {
    let _ = tc3::request!(SendVerifyCode { country_code: vec!["852".into()] });
}
