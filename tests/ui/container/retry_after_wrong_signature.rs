#[derive(tc3::Object)]
struct Sent {
    request_id: String,
}

#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = Sent, retry_after = wait)]
struct SendVerifyCode {
    phone_num: String,
}

fn wait(code: &str) -> u64 {
    code.len() as u64
}

fn main() {}
