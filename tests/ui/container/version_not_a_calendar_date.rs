#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2022-02-30", response = Resp)]
struct Req {
    limit: Option<u64>,
}

#[derive(tc3::Object)]
struct Resp {
    request_id: String,
}

fn main() {}
