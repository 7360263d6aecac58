#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = QueryCreditByUinListResponse)]
struct QueryCreditByUinList {
    #[tc3(digits, length(min = 1, max = 3))]
    uin_list: Vec<String>,
}

#[derive(tc3::Object)]
struct QueryCreditByUinListResponse {
    request_id: String,
}

fn main() {
    let _ = tc3::request!(QueryCreditByUinList { uin_list: vec!["100001".into(), "1000x2".into()] });
}
