#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12", response = Plain)]
struct Req {
    limit: Option<u64>,
}

struct Plain;

fn main() {}
