#[derive(tc3::Object)]
struct RunInstancesResponse {
    request_id: String,
}

#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12")]
struct RunInstances {
    client_token: Option<u64>,
    instance_count: i64,
}

fn main() {}
