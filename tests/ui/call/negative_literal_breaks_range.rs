#[derive(tc3::Action)]
#[tc3(service = "billing", version = "2018-07-09", response = Resp)]
struct Shift {
    #[tc3(range(min = -10, max = 10))]
    offset: i32,
}

#[derive(tc3::Object)]
struct Resp {
    request_id: String,
}

fn main() {
    let _ = tc3::request!(Shift { offset: -11 });
}
