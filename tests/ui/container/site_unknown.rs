#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12", action = "DescribeInstances", response = Resp, site = "china")]
struct Req {
    limit: Option<u64>,
}

#[derive(tc3::Object)]
struct Resp {
    request_id: String,
}

fn main() {}
