#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = SendVerifyCodeResponse)]
struct SendVerifyCode {
    #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
    country_code: String,
    #[tc3(digits, length(min = 1, max = 32))]
    phone_num: String,
}

#[derive(tc3::Object)]
struct SendVerifyCodeResponse {
    request_id: String,
}

#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = SendVerifyCodeResponse)]
struct QueryCustomersCredit {
    #[tc3(one_of("ClientUin", "Name", "Remark", "Email"))]
    filter_type: String,
    filter: String,
    #[tc3(range(min = 0, max = 1000))]
    page: u64,
    #[tc3(range(min = 1, max = 100))]
    page_size: u64,
    order: Option<String>,
}

fn main() {
    let _ = tc3::request!(QueryCustomersCredit { filter_type: "Name", filter: "x", page: 1, page_size: "100" });
}
