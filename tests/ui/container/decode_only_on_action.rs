// A request is built: `decode_only` is for objects only.
#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12", decode_only)]
struct DescribeZones {}

#[derive(tc3::Object)]
struct DescribeZonesResponse {
    request_id: String,
}

fn main() {}
