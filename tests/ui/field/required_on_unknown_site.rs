#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12")]
struct RunInstances {
    #[tc3(required_on = "china")]
    project_id: Option<i64>,
}

#[derive(tc3::Object)]
struct RunInstancesResponse {
    request_id: String,
}

fn main() {}
