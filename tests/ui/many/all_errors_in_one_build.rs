#[derive(tc3::Action)]
#[tc3(service = "CVM", version = "2017-13-01", rate_limit = 0, retries = 3)]
struct DescribeInstances {
    #[tc3(digits)]
    limit: u64,
    #[tc3(length(min = 3, max = 1))]
    name: String,
    #[tc3(rename = "Name")]
    title: String,
}

fn main() {}
