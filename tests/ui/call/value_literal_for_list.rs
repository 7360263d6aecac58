#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = DescribeBillsResponse)]
struct DescribeBills {
    #[tc3(length(min = 1, max = 10), pattern = "^ins-[0-9]+$")]
    instance_ids: Vec<String>,
}

#[derive(tc3::Object)]
struct DescribeBillsResponse {
    request_id: String,
}

fn main() {
    let _ = tc3::request!(DescribeBills { instance_ids: "ins-1" });
}
