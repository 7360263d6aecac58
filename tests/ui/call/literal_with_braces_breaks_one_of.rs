#[derive(tc3::Action)]
#[tc3(service = "ses", version = "2020-10-02", response = Resp)]
struct SendEmail {
    #[tc3(one_of("{name}", "{code}"))]
    placeholder: String,
}

#[derive(tc3::Object)]
struct Resp {
    request_id: String,
}

fn main() {
    let _ = tc3::request!(SendEmail { placeholder: "{nmae}" });
}
