#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = DescribeBillsResponse)]
struct DescribeBills {
    #[tc3(pattern = "^[a-z]+-[0-9]+$")]
    instance_ids: Vec<String>,
}

#[derive(tc3::Object)]
struct DescribeBillsResponse {
    request_id: String,
}

fn main() {
    let _ = tc3::request!(DescribeBills { instance_ids: vec!["ins-1".into(), "ins_2".into()] });
}
