#[derive(tc3::Object)]
struct Sent {
    request_id: String,
}

#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = Sent, retry_after = "60 seconds")]
struct SendVerifyCode {
    phone_num: String,
}

fn main() {}
