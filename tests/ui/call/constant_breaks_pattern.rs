#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = DescribeBillSummaryResponse)]
struct DescribeBillSummary {
    #[tc3(pattern = r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    month: String,
}

#[derive(tc3::Object)]
struct DescribeBillSummaryResponse {
    request_id: String,
}

const LAST_MONTH: &str = "2024/11";

fn main() {
    let _ = tc3::request!(DescribeBillSummary { month: LAST_MONTH.into() });
}
