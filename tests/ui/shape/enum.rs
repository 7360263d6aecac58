#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2017-03-12")]
enum Req {
    A,
    B,
}

fn main() {}
