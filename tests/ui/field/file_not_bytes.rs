#[derive(tc3::Action)]
#[tc3(service = "cii", version = "2021-04-08", response = serde_json::Value)]
struct DescribeQualityScore {
    #[tc3(file)]
    file: String,
}

fn main() {}
