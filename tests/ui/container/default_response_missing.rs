#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12")]
struct Req {
    limit: Option<u64>,
}

fn main() {}
